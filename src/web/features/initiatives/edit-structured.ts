import type { Initiative } from '../../../contracts/initiatives';
import type { AllocationDraft, FundingDraft, OkrDraft, ResourceDraft } from '../proposals/proposal-draft';
import {
  allocationPayload,
  fundingPayload,
  okrsPayload,
  resourcesPayload,
} from '../proposals/proposal-payload';

/**
 * The initiative's structured fields in the edit form: lists and nested lines rather than one text.
 * Typed in the proposal form's shapes (proposals/proposal-draft.ts), so the same components edit them
 * and the same functions (proposal-payload.ts) map them to the wire.
 */
export const STRUCTURED_FIELDS = [
  'allocation',
  'strategicItemIds',
  'dependsOnIds',
  'okrs',
  'milestones',
  'resources',
  'funding',
  'budgetProposalYears',
  'businessPlanYears',
] as const;
export type StructuredField = (typeof STRUCTURED_FIELDS)[number];
export const isStructured = (field: string): field is StructuredField =>
  (STRUCTURED_FIELDS as readonly string[]).includes(field);

/** A milestone as typed: the due date as yyyy-mm-dd (a date field's value), empty for none. */
export interface MilestoneDraft {
  title: string;
  due: string;
  done: boolean;
}

export interface StructuredValues {
  allocation: AllocationDraft;
  strategicItemIds: string[];
  dependsOnIds: string[];
  okrs: OkrDraft[];
  milestones: MilestoneDraft[];
  resources: ResourceDraft[];
  funding: FundingDraft[];
  /** Years as text, the ids of a choice list. */
  budgetProposalYears: string[];
  businessPlanYears: string[];
}

const sorted = (ids: readonly string[]) => [...ids].sort();
const sortedYears = (years: readonly number[]) => [...years].sort((a, b) => a - b).map(String);

/** The structured fields of an initiative as the form holds them; numbers with the reader's separator. */
export function structuredOf(initiative: Initiative, decimal: ',' | '.'): StructuredValues {
  const number = (value: number) => String(value).replace('.', decimal);
  const allocation = initiative.allocation;
  return {
    allocation: {
      allocationKind: allocation?.kind ?? '',
      productGroupId: allocation?.kind === 'product-group' ? allocation.productGroupId : '',
      teamIds: allocation?.kind === 'teams' ? sorted(allocation.teamIds) : [],
      workingGroupId: allocation?.kind === 'working-group' ? allocation.workingGroupId : '',
    },
    strategicItemIds: sorted(initiative.strategicItemIds),
    dependsOnIds: sorted(initiative.dependsOnIds),
    okrs: initiative.okrs.map((okr) => ({
      objective: okr.objective,
      keyResults: okr.keyResults.map((kr) => ({
        title: kr.title,
        target: kr.target ?? '',
        current: kr.current ?? null,
        done: kr.done,
      })),
    })),
    milestones: initiative.milestones.map((m) => ({ title: m.title, due: m.due ?? '', done: m.done })),
    resources: initiative.resources.map((line) => ({
      year: String(line.year),
      internalPersonMonths: number(line.internalPersonMonths),
      externalPersonMonths: number(line.externalPersonMonths),
    })),
    funding: initiative.funding.map((line) => ({
      year: String(line.year),
      budgetItem: line.budgetItem,
      source: line.source,
      needNok: number(line.needNok),
      grantedNok: line.grantedNok === null || line.grantedNok === undefined ? '' : number(line.grantedNok),
    })),
    budgetProposalYears: sortedYears(initiative.budgetProposalYears),
    businessPlanYears: sortedYears(initiative.businessPlanYears),
  };
}

/**
 * What a structured field means on the wire, mapped as the proposal form maps it. Lists of ids and
 * years are sorted: their order means nothing, so a different order is no change.
 */
export function structuredWire(field: StructuredField, v: StructuredValues[StructuredField]): unknown {
  switch (field) {
    case 'allocation': {
      const allocation = allocationPayload(v as AllocationDraft);
      if (allocation && Array.isArray(allocation.teamIds)) allocation.teamIds = sorted(allocation.teamIds);
      return allocation ?? null;
    }
    case 'strategicItemIds':
    case 'dependsOnIds':
      return sorted(v as string[]);
    case 'budgetProposalYears':
    case 'businessPlanYears':
      return (v as string[]).map(Number).sort((a, b) => a - b);
    case 'okrs':
      return okrsPayload(v as OkrDraft[]);
    case 'milestones':
      return (v as MilestoneDraft[]).map((m) => ({
        title: m.title,
        due: m.due === '' ? null : m.due,
        done: m.done,
      }));
    case 'resources':
      return resourcesPayload(v as ResourceDraft[]);
    case 'funding':
      return fundingPayload(v as FundingDraft[]);
  }
  return undefined;
}

/** Years to choose from: last year to four years ahead, and any already chosen outside them. */
export function yearChoices(chosen: readonly string[], now = new Date()): string[] {
  const thisYear = now.getFullYear();
  const range = Array.from({ length: 6 }, (_, i) => String(thisYear - 1 + i));
  return [...new Set([...range, ...chosen])].sort();
}
