import { z } from 'zod';
import { FUNDING_SOURCES, PRIORITIES } from '../../../contracts/initiatives';

/**
 * What the proposal form holds while a person types: text as typed (numbers too, so "12,5" is kept
 * until it is sent), the same field names and nesting as CreateInitiative, so a zod issue's path
 * names the field it is about. Allocation is flattened: the kind and one choice per kind.
 */
export interface ProposalDraft extends AllocationDraft {
  title: string;
  problemStatement: string;
  description: string;
  riskIfNotDone: string;
  collaboration: string;
  dependsOnIds: string[];
  strategicItemIds: string[];
  okrs: OkrDraft[];
  competence: string;
  personMonthsTotal: string;
  resources: ResourceDraft[];
  funding: FundingDraft[];
  priority: PriorityChoice;
  ownerId: string;
  responsibleId: string;
}

/*
 * The structured parts, shared with the initiative's edit form (features/initiatives): the same
 * fields and the same payload mapping (proposal-payload.ts). Optional members are ones the proposal
 * form never sets but an edit must keep as they were (a key result's progress, granted money).
 */
export interface KeyResultDraft {
  title: string;
  target: string;
  current?: string | null;
  done?: boolean;
}
export interface OkrDraft {
  objective: string;
  keyResults: KeyResultDraft[];
}
export interface ResourceDraft {
  year: string;
  internalPersonMonths: string;
  externalPersonMonths: string;
}
export interface FundingDraft {
  year: string;
  budgetItem: string;
  source: FundingSourceChoice;
  needNok: string;
  grantedNok?: string;
}
/** Allocation flattened: the kind and one choice per kind, so switching kind loses no choice. */
export interface AllocationDraft {
  allocationKind: AllocationKindChoice;
  productGroupId: string;
  teamIds: string[];
  workingGroupId: string;
}

export type FundingSourceChoice = (typeof FUNDING_SOURCES)[number] | '';
export type PriorityChoice = (typeof PRIORITIES)[number] | '';
export const ALLOCATION_KINDS = ['product-group', 'teams', 'working-group'] as const;
export type AllocationKindChoice = (typeof ALLOCATION_KINDS)[number] | '';

export const EMPTY_DRAFT: ProposalDraft = {
  title: '',
  problemStatement: '',
  description: '',
  riskIfNotDone: '',
  collaboration: '',
  dependsOnIds: [],
  strategicItemIds: [],
  okrs: [],
  competence: '',
  personMonthsTotal: '',
  resources: [],
  funding: [],
  priority: '',
  ownerId: '',
  responsibleId: '',
  allocationKind: '',
  productGroupId: '',
  teamIds: [],
  workingGroupId: '',
};

/** True when nothing has been typed or chosen: such a draft is not worth keeping. */
export function isEmptyDraft(draft: ProposalDraft): boolean {
  return JSON.stringify(draft) === JSON.stringify(EMPTY_DRAFT);
}

// Stored drafts are read back defensively: an older or hand-edited value must not break the page.
const Text = z.string().max(100_000).catch('');
const Ids = z.array(z.string().max(100)).max(500).catch([]);
const StoredDraftSchema = z.object({
  title: Text,
  problemStatement: Text,
  description: Text,
  riskIfNotDone: Text,
  collaboration: Text,
  dependsOnIds: Ids,
  strategicItemIds: Ids,
  okrs: z
    .array(
      z.object({
        objective: Text,
        keyResults: z.array(z.object({ title: Text, target: Text })).catch([]),
      }),
    )
    .catch([]),
  competence: Text,
  personMonthsTotal: Text,
  resources: z
    .array(z.object({ year: Text, internalPersonMonths: Text, externalPersonMonths: Text }))
    .catch([]),
  funding: z
    .array(
      z.object({
        year: Text,
        budgetItem: Text,
        source: z.enum([...FUNDING_SOURCES, '']).catch(''),
        needNok: Text,
      }),
    )
    .catch([]),
  priority: z.enum([...PRIORITIES, '']).catch(''),
  ownerId: Text,
  responsibleId: Text,
  allocationKind: z.enum([...ALLOCATION_KINDS, '']).catch(''),
  productGroupId: Text,
  teamIds: Ids,
  workingGroupId: Text,
});

const StoredSchema = z.object({ version: z.literal(1), savedAt: z.iso.datetime(), draft: z.unknown() });

export interface StoredDraft {
  savedAt: string;
  draft: ProposalDraft;
}

/** The text kept in storage: the draft and when it was saved. */
export function serialiseDraft(draft: ProposalDraft, savedAt: Date): string {
  return JSON.stringify({ version: 1, savedAt: savedAt.toISOString(), draft });
}

/** A stored draft read back, fields missing or broken left empty; null when there is nothing usable. */
export function deserialiseDraft(text: string | null): StoredDraft | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const stored = StoredSchema.safeParse(value);
  if (!stored.success) return null;
  const draft = StoredDraftSchema.safeParse({ ...EMPTY_DRAFT, ...asObject(stored.data.draft) });
  if (!draft.success || isEmptyDraft(draft.data)) return null;
  return { savedAt: stored.data.savedAt, draft: draft.data };
}

const asObject = (value: unknown): object => (value && typeof value === 'object' ? value : {});
