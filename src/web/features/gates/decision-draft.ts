import { DateSchema, UrlSchema } from '../../../contracts/common';
import {
  TransitionRequestSchema,
  type DecisionOutcome,
  type InitiativeStatus,
  type TransitionRequest,
} from '../../../contracts/initiatives';

/** Where the chosen phase lies from the initiative's phase: the next, further on, earlier, or the same. */
export type MoveKind = 'forward' | 'skip' | 'back' | 'same';

export function moveKind(phaseIds: readonly string[], from: string, to: string): MoveKind {
  const fromIndex = phaseIds.indexOf(from);
  const toIndex = phaseIds.indexOf(to);
  if (toIndex === fromIndex) return 'same';
  if (toIndex < fromIndex) return 'back';
  return toIndex === fromIndex + 1 ? 'forward' : 'skip';
}

/**
 * The outcomes that make sense for a move, in the order offered; the first is the default. They mirror
 * the server's rules (domain/workflow/plan-transition.ts): approvals go one phase forward from an active
 * initiative, sending back goes to an earlier phase, parking, stopping and resuming keep the phase, and
 * a stopped initiative does not move at all.
 */
export function outcomeChoices(kind: MoveKind, status: InitiativeStatus): DecisionOutcome[] {
  if (status === 'stopped') return [];
  const keepPhase: DecisionOutcome[] = status === 'parked' ? ['resumed', 'stopped'] : ['parked', 'stopped'];
  switch (kind) {
    case 'forward':
    case 'skip':
      return status === 'parked' ? keepPhase : ['approved', 'approved-with-conditions', ...keepPhase];
    case 'back':
      return ['sent-back', ...keepPhase];
    case 'same':
      return keepPhase;
  }
}

/** Outcomes that move the initiative to the chosen phase; the others leave it where it is. */
export const MOVING_OUTCOMES: readonly DecisionOutcome[] = [
  'approved',
  'approved-with-conditions',
  'sent-back',
];
/** Outcomes the server refuses without a rationale. */
export const RATIONALE_REQUIRED: readonly DecisionOutcome[] = ['sent-back', 'parked', 'stopped'];

/** What the person has typed and chosen in the decision form, as typed. */
export interface DecisionDraft {
  to: string;
  outcome: DecisionOutcome | '';
  decidedOn: string;
  decidedBy: string;
  rationale: string;
  conditions: string;
  /** Links to the evidence, one a line. */
  evidence: string;
}

export type DraftField = keyof DecisionDraft;
/** Why a field is refused; each is a message key under gateDialog.errors. */
export type DraftError =
  | 'outcomeRequired'
  | 'rationaleRequired'
  | 'conditionsRequired'
  | 'invalidDate'
  | 'invalidLink'
  | 'tooLong'
  | 'invalid';

/** Today's date in Norway as YYYY-MM-DD: decisions are dated by the office's calendar, not UTC. */
export function todayInOslo(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now);
}

export function emptyDraft(to: string, outcome: DecisionOutcome | '', today: string): DecisionDraft {
  return { to, outcome, decidedOn: today, decidedBy: '', rationale: '', conditions: '', evidence: '' };
}

/** The evidence links typed, one a line, blanks left out. */
export const evidenceLinks = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

export type DraftResult =
  | { ok: true; body: TransitionRequest }
  | { ok: false; errors: Partial<Record<DraftField, DraftError>>; badLink?: string };

/**
 * The request to send for a draft, or why it cannot be sent yet. Only what the outcome uses is sent:
 * `to` for the outcomes that move, conditions for an approval with conditions.
 */
export function requestOf(draft: DecisionDraft): DraftResult {
  const errors: Partial<Record<DraftField, DraftError>> = {};
  const outcome = draft.outcome;
  if (outcome === '') return { ok: false, errors: { outcome: 'outcomeRequired' } };
  const rationale = draft.rationale.trim();
  const conditions = draft.conditions.trim();
  if (RATIONALE_REQUIRED.includes(outcome) && rationale === '') errors.rationale = 'rationaleRequired';
  if (outcome === 'approved-with-conditions' && conditions === '') errors.conditions = 'conditionsRequired';
  const decidedOn = draft.decidedOn.trim();
  if (decidedOn !== '' && !DateSchema.safeParse(decidedOn).success) errors.decidedOn = 'invalidDate';
  const links = evidenceLinks(draft.evidence);
  const badLink = links.find((link) => !UrlSchema.safeParse(link).success);
  if (badLink !== undefined) errors.evidence = 'invalidLink';

  const body: TransitionRequest = {
    outcome,
    ...(MOVING_OUTCOMES.includes(outcome) ? { to: draft.to } : {}),
    ...(rationale ? { rationale } : {}),
    ...(outcome === 'approved-with-conditions' && conditions ? { conditions } : {}),
    ...(draft.decidedBy.trim() ? { decidedBy: draft.decidedBy.trim() } : {}),
    ...(decidedOn ? { decidedOn } : {}),
    ...(links.length > 0 ? { evidenceLinks: links } : {}),
  };
  // The contract's own limits (lengths, number of links), for what the checks above do not cover.
  const parsed = TransitionRequestSchema.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path[0]);
      if (field && !errors[field]) errors[field] = issue.code === 'too_big' ? 'tooLong' : 'invalid';
    }
  }
  if (Object.keys(errors).length > 0)
    return { ok: false, errors, ...(badLink !== undefined ? { badLink } : {}) };
  return { ok: true, body: parsed.success ? parsed.data : body };
}

/** The form field a request property comes from. */
function fieldOfPath(key: PropertyKey | undefined): DraftField | undefined {
  if (key === 'evidenceLinks') return 'evidence';
  const fields: DraftField[] = ['to', 'outcome', 'decidedOn', 'decidedBy', 'rationale', 'conditions'];
  return fields.find((field) => field === key);
}
