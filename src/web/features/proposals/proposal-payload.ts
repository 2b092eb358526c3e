import type { AllocationDraft, FundingDraft, OkrDraft, ProposalDraft, ResourceDraft } from './proposal-draft';

/**
 * The request body the form would send, before validation: numbers parsed ("12,5" → 12.5, text that
 * is no number → NaN), empty optional fields left out, empty choices in a started line kept as
 * undefined or '' so the schema reports them where they are. Validation (proposal-validation.ts)
 * decides whether it is a CreateInitiative.
 */
export type ProposalCandidate = Record<string, unknown>;

/** A typed number, Norwegian style allowed: spaces as thousands separators and a decimal comma. */
export function parseNumber(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (compact === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

/** Trimmed text, or undefined when nothing but spaces was typed (the field is then not sent). */
const optionalText = (text: string) => (text.trim() === '' ? undefined : text.trim());
const optionalId = (id: string) => (id === '' ? undefined : id);

export function toCandidate(draft: ProposalDraft, submitterId: string | null): ProposalCandidate {
  const candidate: ProposalCandidate = {
    title: draft.title,
    problemStatement: optionalText(draft.problemStatement),
    description: optionalText(draft.description),
    riskIfNotDone: optionalText(draft.riskIfNotDone),
    collaboration: optionalText(draft.collaboration),
    dependsOnIds: draft.dependsOnIds,
    strategicItemIds: draft.strategicItemIds,
    okrs: okrsPayload(draft.okrs),
    competence: optionalText(draft.competence),
    personMonthsTotal: parseNumber(draft.personMonthsTotal),
    resources: resourcesPayload(draft.resources),
    funding: fundingPayload(draft.funding),
    priority: draft.priority === '' ? undefined : draft.priority,
    ownerId: optionalId(draft.ownerId),
    responsibleId: optionalId(draft.responsibleId),
    submitterId: submitterId ?? undefined,
    allocation: allocationPayload(draft),
  };
  // Undefined keys are left out, as JSON would; strictObject would accept them, the wire never sees them.
  return Object.fromEntries(Object.entries(candidate).filter(([, value]) => value !== undefined));
}

/*
 * The structured parts on their own: the initiative's edit form maps its lines with the same
 * functions. A member the proposal form never sets (a key result's progress) is passed on as it was.
 */

export const okrsPayload = (okrs: readonly OkrDraft[]) =>
  okrs.map((okr) => ({
    objective: okr.objective,
    keyResults: okr.keyResults.map((kr) => ({
      title: kr.title,
      target: optionalText(kr.target),
      current: kr.current ?? undefined,
      done: kr.done,
    })),
  }));

export const resourcesPayload = (lines: readonly ResourceDraft[]) =>
  lines.map((line) => ({
    year: parseNumber(line.year),
    internalPersonMonths: parseNumber(line.internalPersonMonths),
    externalPersonMonths: parseNumber(line.externalPersonMonths),
  }));

export const fundingPayload = (lines: readonly FundingDraft[]) =>
  lines.map((line) => ({
    year: parseNumber(line.year),
    budgetItem: line.budgetItem,
    source: line.source === '' ? undefined : line.source,
    needNok: parseNumber(line.needNok),
    grantedNok: line.grantedNok === undefined ? undefined : parseNumber(line.grantedNok),
  }));

export function allocationPayload(draft: AllocationDraft): ProposalCandidate | undefined {
  switch (draft.allocationKind) {
    case '':
      return undefined;
    case 'product-group':
      return { kind: draft.allocationKind, productGroupId: draft.productGroupId };
    case 'teams':
      return { kind: draft.allocationKind, teamIds: draft.teamIds };
    case 'working-group':
      return { kind: draft.allocationKind, workingGroupId: draft.workingGroupId };
  }
}
