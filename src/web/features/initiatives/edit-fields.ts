import {
  UpdateInitiativeSchema,
  type Initiative,
  type UpdateInitiative,
} from '../../../contracts/initiatives';
import { toFieldError, type FieldError } from '../proposals/proposal-validation';
import { isStructured, structuredOf, structuredWire, type StructuredValues } from './edit-structured';

/** Free text, typed in a text field or a text area. */
export const TEXT_FIELDS = [
  'title',
  'problemStatement',
  'description',
  'riskIfNotDone',
  'collaboration',
  'competence',
  'riskText',
  'measurementPlan',
] as const;
/** One of a list, or none. */
export const CHOICE_FIELDS = ['priority', 'riskLevel', 'ownerId', 'responsibleId'] as const;

/** The fields the edit form offers, in the order the form and the conflict view list them. */
export const EDIT_FIELDS = [
  'title',
  'problemStatement',
  'description',
  'riskIfNotDone',
  'strategicItemIds',
  'dependsOnIds',
  'okrs',
  'priority',
  'ownerId',
  'responsibleId',
  'allocation',
  'collaboration',
  'competence',
  'personMonthsTotal',
  'resources',
  'funding',
  'milestones',
  'budgetProposalYears',
  'businessPlanYears',
  'riskLevel',
  'riskText',
  'measurementPlan',
  'checkedCriteria',
] as const satisfies readonly (keyof UpdateInitiative)[];
export type EditField = (typeof EDIT_FIELDS)[number];
/** Fields of the internal "risk" group: left out of the form for someone who may not read them. */
export const RISK_FIELDS: readonly EditField[] = ['riskLevel', 'riskText'];
/** Fields of the internal "money" group: left out likewise. */
export const MONEY_FIELDS: readonly EditField[] = ['funding'];

/** A field typed or chosen as one text. */
export type TextEditField = Exclude<EditField, 'checkedCriteria' | keyof StructuredValues>;

/**
 * The form as typed: text for the text fields, the confirmed checklist criteria as sorted ids, and
 * the structured fields in the proposal form's shapes (edit-structured.ts).
 */
export type FormValues = { [K in TextEditField]: string } & {
  checkedCriteria: readonly string[];
} & StructuredValues;
export type FormValue = FormValues[EditField];

/** Why a field is refused; each is a message key under edit.errors. */
export type EditError = 'required' | 'tooLong' | 'invalidNumber' | 'invalid';

/** The initiative as the form shows it; a number with the reader's decimal separator. */
export function formOf(initiative: Initiative, decimal: ',' | '.' = ','): FormValues {
  const text = (value: string | null) => value ?? '';
  const months = initiative.personMonthsTotal;
  return {
    title: initiative.title,
    problemStatement: text(initiative.problemStatement),
    description: text(initiative.description),
    riskIfNotDone: text(initiative.riskIfNotDone),
    collaboration: text(initiative.collaboration),
    competence: text(initiative.competence),
    personMonthsTotal: months === null ? '' : String(months).replace('.', decimal),
    priority: text(initiative.priority),
    ownerId: text(initiative.ownerId),
    responsibleId: text(initiative.responsibleId),
    riskLevel: text(initiative.riskLevel),
    riskText: text(initiative.riskText),
    measurementPlan: text(initiative.measurementPlan),
    checkedCriteria: [...initiative.checkedCriteria].sort(),
    ...structuredOf(initiative, decimal),
  };
}

/** A typed number, with a decimal comma or point and spaces between thousands; NaN when it is none. */
export function parseNumber(text: string): number {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return compact === '' || !/^-?\d*\.?\d+$|^-?\d+\.$/.test(compact) ? Number.NaN : Number(compact);
}

/** What a field's typed value means on the wire: trimmed, empty as null. */
export function wireValue(field: EditField, value: FormValue): unknown {
  if (field === 'checkedCriteria') return [...(value as readonly string[])].sort();
  if (isStructured(field)) return structuredWire(field, value as StructuredValues[typeof field]);
  const text = (value as string).trim();
  if (field === 'title') return text;
  if (field === 'personMonthsTotal') return text === '' ? null : parseNumber(text);
  return text === '' ? null : text;
}

/**
 * Whether two typed values mean the same (whitespace around text and the order of ids do not count);
 * lines and lists are compared by value.
 */
export const sameValue = (field: EditField, a: FormValue, b: FormValue): boolean =>
  JSON.stringify(wireValue(field, a)) === JSON.stringify(wireValue(field, b));

export type PayloadResult =
  | { ok: true; body: UpdateInitiative; changed: EditField[] }
  | {
      ok: false;
      errors: Partial<Record<EditField, EditError>>;
      maximum: Partial<Record<EditField, number>>;
      /** What is wrong inside a structured field, by path ("okrs.0.keyResults.1.title"), as the proposal form says it. */
      details: FieldError[];
    };

/**
 * The PATCH body: only the fields changed from the version the edit started from, so a field
 * someone else changed meanwhile is never written back unchanged. Checked with the API's own schema.
 */
export function payloadOf(base: FormValues, mine: FormValues, fields: readonly EditField[]): PayloadResult {
  const changed = fields.filter((field) => !sameValue(field, base[field], mine[field]));
  const body = Object.fromEntries(changed.map((field) => [field, wireValue(field, mine[field])]));
  const parsed = UpdateInitiativeSchema.safeParse(body);
  if (parsed.success) return { ok: true, body: parsed.data, changed };
  const errors: Partial<Record<EditField, EditError>> = {};
  const maximum: Partial<Record<EditField, number>> = {};
  const details: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const field = EDIT_FIELDS.find((f) => f === issue.path[0]);
    if (field && isStructured(field)) {
      // Shown where it is, under the line's own field; the field as a whole is marked invalid.
      details.push(toFieldError(issue, body));
      errors[field] = 'invalid';
      continue;
    }
    if (!field || errors[field]) continue;
    if (issue.code === 'too_big' && field !== 'personMonthsTotal') {
      errors[field] = 'tooLong';
      maximum[field] = Number(issue.maximum);
    } else if (field === 'personMonthsTotal') errors[field] = 'invalidNumber';
    else errors[field] = issue.code === 'too_small' ? 'required' : 'invalid';
  }
  return { ok: false, errors, maximum, details };
}

/** A field someone else changed: taken into the form (they alone changed it), or changed by both. */
export interface TheirChange {
  field: EditField;
  kind: 'taken' | 'conflict';
  theirs: FormValue;
  /** What this person had typed (for a taken field: what the field held before). */
  mine: FormValue;
}

/**
 * The three-way merge after a refused save (412): `base` is what the edit started from, `latest` what
 * the server holds now, `mine` what the person typed. A field only they changed takes their value; a
 * field both changed keeps what the person typed and is listed for them to decide; the confirmed
 * criteria merge by id (each side's ticks and unticks both count). A structured field (OKRs, lines,
 * ids) is one field here: merging inside it would make a whole neither of them meant.
 */
export function mergeAfterConflict(
  base: FormValues,
  latest: FormValues,
  mine: FormValues,
  fields: readonly EditField[],
): { merged: FormValues; changes: TheirChange[] } {
  const merged: FormValues = { ...mine };
  const changes: TheirChange[] = [];
  const set = <F extends EditField>(field: F, value: FormValues[F]) => {
    merged[field] = value;
  };
  for (const field of fields) {
    if (sameValue(field, base[field], latest[field])) continue;
    const iChanged = !sameValue(field, base[field], mine[field]);
    if (field === 'checkedCriteria') {
      const value = mergeIds(base.checkedCriteria, latest.checkedCriteria, mine.checkedCriteria);
      set('checkedCriteria', value);
      changes.push({ field, kind: 'taken', theirs: latest.checkedCriteria, mine: mine.checkedCriteria });
    } else if (!iChanged || sameValue(field, latest[field], mine[field])) {
      set(field, latest[field]);
      changes.push({ field, kind: 'taken', theirs: latest[field], mine: mine[field] });
    } else {
      changes.push({ field, kind: 'conflict', theirs: latest[field], mine: mine[field] });
    }
  }
  return { merged, changes };
}

/** Their ids, with what I added and without what I removed since the base. */
function mergeIds(base: readonly string[], theirs: readonly string[], mine: readonly string[]): string[] {
  const added = mine.filter((id) => !base.includes(id));
  const removed = new Set(base.filter((id) => !mine.includes(id)));
  return [...new Set([...theirs, ...added])].filter((id) => !removed.has(id)).sort();
}
