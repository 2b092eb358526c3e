import type { z } from 'zod';
import type { ReceivedProblem } from '../../../client';
import { CreateInitiativeSchema, type CreateInitiative } from '../../../contracts/initiatives';
import type { ProposalDraft } from './proposal-draft';
import { toCandidate, type ProposalCandidate } from './proposal-payload';
import { firstPerField, valueAt } from '../../ui/form-errors';

/** What is wrong with one field, in words the page looks up (proposal.errors.<kind>). */
export type FieldErrorKind =
  'required' | 'number' | 'wholeNumber' | 'tooLong' | 'tooMany' | 'min' | 'max' | 'invalid' | 'server';

export interface FieldError {
  /** The field's path in CreateInitiative, dot-separated: "title", "okrs.0.keyResults.1.title". */
  path: string;
  kind: FieldErrorKind;
  /** The bound that was crossed (tooLong, tooMany, min, max). */
  limit?: number;
  /** The server's own words (kind 'server'). */
  message?: string;
}

export type ProposalCheck =
  { ok: true; payload: CreateInitiative; errors: [] } | { ok: false; errors: FieldError[] };

/**
 * The form's draft checked with the server's own schema, CreateInitiativeSchema. The form asks one
 * thing more than the schema: a problem statement, because the Problem gate needs it and a proposal
 * without one cannot be judged.
 */
export function checkProposal(draft: ProposalDraft, submitterId: string | null = null): ProposalCheck {
  const candidate = toCandidate(draft, submitterId);
  const result = CreateInitiativeSchema.safeParse(candidate);
  const errors = result.success ? [] : result.error.issues.map((issue) => toFieldError(issue, candidate));
  if (draft.problemStatement.trim() === '') errors.push({ path: 'problemStatement', kind: 'required' });
  if (result.success && errors.length === 0) return { ok: true, payload: result.data, errors: [] };
  return { ok: false, errors: inFormOrder(firstPerField(errors)) };
}

/** One zod issue as a field error; an empty value is "required" whatever rule it broke. */
export function toFieldError(issue: z.core.$ZodIssue, candidate: ProposalCandidate): FieldError {
  const path = issue.path.map(String).join('.');
  const value = valueAt(candidate, issue.path);
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    return { path, kind: 'required' };
  if (Array.isArray(value) && value.length === 0 && issue.code === 'too_small')
    return { path, kind: 'required' };
  if (typeof value === 'number' && Number.isNaN(value)) return { path, kind: 'number' };
  switch (issue.code) {
    case 'invalid_type':
      return { path, kind: issue.expected === 'int' ? 'wholeNumber' : 'invalid' };
    case 'too_big':
      return {
        path,
        kind: issue.origin === 'string' ? 'tooLong' : issue.origin === 'array' ? 'tooMany' : 'max',
        limit: Number(issue.maximum),
      };
    case 'too_small':
      return { path, kind: 'min', limit: Number(issue.minimum) };
    default:
      return { path, kind: 'invalid' };
  }
}

/** The server's validation issues ("body.okrs.0.objective") as field errors; others are not about a field. */
export function serverFieldErrors(problem: ReceivedProblem): FieldError[] {
  return (problem.issues ?? []).flatMap((issue) => {
    const [scope, ...rest] = issue.path.split('.');
    if (scope !== 'body' || rest.length === 0) return [];
    return [{ path: rest.join('.'), kind: 'server' as const, message: issue.message }];
  });
}

/** Field names in the order the form shows them, so the error summary reads from top to bottom. */
const FORM_ORDER = [
  'title',
  'problemStatement',
  'description',
  'riskIfNotDone',
  'collaboration',
  'dependsOnIds',
  'strategicItemIds',
  'okrs',
  'objective',
  'keyResults',
  'target',
  'competence',
  'personMonthsTotal',
  'resources',
  'funding',
  'year',
  'internalPersonMonths',
  'externalPersonMonths',
  'budgetItem',
  'source',
  'needNok',
  'priority',
  'ownerId',
  'responsibleId',
  'submitterId',
  'allocation',
  'kind',
  'productGroupId',
  'teamIds',
  'workingGroupId',
];

const rankOf = (segment: string) => {
  if (/^\d+$/.test(segment)) return Number(segment);
  const index = FORM_ORDER.indexOf(segment);
  return index === -1 ? FORM_ORDER.length : index;
};

export function inFormOrder(errors: FieldError[]): FieldError[] {
  const compare = (a: FieldError, b: FieldError) => {
    const left = a.path.split('.');
    const right = b.path.split('.');
    for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
      const difference = rankOf(left[i] ?? '') - rankOf(right[i] ?? '');
      if (difference !== 0) return difference;
    }
    return left.length - right.length;
  };
  return [...errors].sort(compare);
}
