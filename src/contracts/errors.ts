import { z } from 'zod';

/**
 * Every error the API can answer, by stable code. Clients branch on `code`, never on text.
 * The HTTP status of each code is decided in one exhaustive switch in the server (server/problem.ts).
 */
export const ERROR_CODES = [
  'validation-failed',
  'not-found',
  'duplicate',
  'conflict',
  'reference-not-found',
  'in-use',
  'precondition-failed',
  'precondition-required',
  'gate-criteria-unmet',
  'illegal-transition',
  'rationale-required',
  'conditions-required',
  'link-cycle',
  'invalid-link',
  'status-update-required',
  'payload-too-large',
  'unsupported-media-type',
  'rate-limited',
  'unauthorised',
  'forbidden',
  'csrf-failed',
  'github-not-configured',
  'github-failed',
  'signature-invalid',
  'internal',
] as const;

export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ProblemIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
});

/** A gate criterion that blocked a forward move. */
export const UnmetCriterionSchema = z.object({
  id: z.string(),
  kind: z.enum(['field', 'checklist']),
  label: z.string(),
});

/** RFC 9457 problem details, with our stable `code` and optional specifics. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: ErrorCodeSchema,
    issues: z.array(ProblemIssueSchema).optional(),
    unmetCriteria: z.array(UnmetCriterionSchema).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof ProblemSchema>;
export type UnmetCriterion = z.infer<typeof UnmetCriterionSchema>;
