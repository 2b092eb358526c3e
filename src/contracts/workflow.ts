import { z } from 'zod';
import { SlugSchema } from './common';
import { LIMITS } from './limits';

export const LOCALES = ['nb', 'nn', 'en'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

const Label = z.string().trim().min(1).max(LIMITS.shortText);
export const LocalisedTextSchema = z.strictObject({ nb: Label, nn: Label, en: Label });
export type LocalisedText = z.infer<typeof LocalisedTextSchema>;

/** The default workflow's stable phase ids (an organisation may configure others). */
export const DEFAULT_PHASE_IDS = [
  'ikke-startet',
  'problem',
  'konsept',
  'planlegging',
  'implementering',
  'utfort',
] as const;

/**
 * Initiative fields a gate can require. Each has one rule for "filled in" in domain/workflow/field-checks.ts.
 */
export const CHECKABLE_FIELDS = [
  'title',
  'description',
  'problemStatement',
  'riskIfNotDone',
  'priority',
  'owner',
  'responsible',
  'strategicItems',
  'okrs',
  'riskAssessment',
  'competence',
  'personMonths',
  'allocation',
  'milestones',
  'funding',
  'resources',
  'measurementPlan',
] as const;
export const CheckableFieldSchema = z.enum(CHECKABLE_FIELDS);
export type CheckableField = z.infer<typeof CheckableFieldSchema>;

/** A criterion is met either by a field being filled in, or by a person ticking it off. */
export const CriterionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    id: SlugSchema,
    kind: z.literal('field'),
    field: CheckableFieldSchema,
    label: LocalisedTextSchema,
  }),
  z.strictObject({ id: SlugSchema, kind: z.literal('checklist'), label: LocalisedTextSchema }),
]);
export type Criterion = z.infer<typeof CriterionSchema>;

export const PhaseDefinitionSchema = z.strictObject({
  id: SlugSchema,
  name: LocalisedTextSchema,
  /** What must hold to leave this phase for the next one. */
  exitCriteria: z.array(CriterionSchema).max(50),
});
export type PhaseDefinition = z.infer<typeof PhaseDefinitionSchema>;

export const WorkflowSchema = z
  .strictObject({ phases: z.array(PhaseDefinitionSchema).min(2).max(20) })
  .superRefine((wf, ctx) => {
    const phaseIds = new Set<string>();
    const criterionIds = new Set<string>();
    wf.phases.forEach((phase, i) => {
      if (phaseIds.has(phase.id))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate phase id ${phase.id}`,
          path: ['phases', i, 'id'],
        });
      phaseIds.add(phase.id);
      phase.exitCriteria.forEach((c, j) => {
        if (criterionIds.has(c.id))
          ctx.addIssue({
            code: 'custom',
            message: `duplicate criterion id ${c.id}`,
            path: ['phases', i, 'exitCriteria', j, 'id'],
          });
        criterionIds.add(c.id);
      });
    });
  })
  .meta({ id: 'Workflow' });
export type Workflow = z.infer<typeof WorkflowSchema>;

export const WorkflowResponseSchema = z
  .object({ workflow: WorkflowSchema, isDefault: z.boolean(), version: z.number().int() })
  .meta({ id: 'WorkflowResponse' });
export type WorkflowResponse = z.infer<typeof WorkflowResponseSchema>;

/** One criterion evaluated against one initiative. */
export const CriterionStatusSchema = z.object({
  id: z.string(),
  kind: z.enum(['field', 'checklist']),
  label: LocalisedTextSchema,
  met: z.boolean(),
});
export type CriterionStatus = z.infer<typeof CriterionStatusSchema>;

export const GateStatusSchema = z
  .object({
    phase: z.string(),
    nextPhase: z.string().nullable(),
    criteria: z.array(CriterionStatusSchema),
    ready: z.boolean(),
  })
  .meta({ id: 'GateStatus' });
export type GateStatus = z.infer<typeof GateStatusSchema>;
