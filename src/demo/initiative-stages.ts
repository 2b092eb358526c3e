import type { UpdateInitiative } from '../contracts/initiatives';
import type { DemoAllocation, DemoInitiative } from './content/types';
import type { KeyMap } from './key-map';

type Field = keyof UpdateInitiative;

/**
 * The fields an owner works out in each phase, before asking to leave it (PROCESS.md): the problem
 * and its origins in Problem, OKR and risk in Konsept, milestones, allocation and money in Planlegging,
 * and the measurement plan before Utført. Filling them phase by phase gives each initiative a
 * believable history, and leaves later fields empty on initiatives that never got that far.
 */
const FIELDS_BY_PHASE: Record<string, Field[]> = {
  'ikke-startet': ['title', 'description', 'collaboration', 'ownerId', 'submitterId'],
  problem: ['problemStatement', 'riskIfNotDone', 'priority', 'strategicItemIds', 'dependsOnIds'],
  konsept: ['okrs', 'riskLevel', 'riskText', 'responsibleId', 'competence', 'personMonthsTotal'],
  planlegging: [
    'milestones',
    'allocation',
    'funding',
    'resources',
    'budgetProposalYears',
    'businessPlanYears',
  ],
  implementering: ['measurementPlan'],
};

export interface DemoKeys {
  people: KeyMap;
  productGroups: KeyMap;
  teams: KeyMap;
  workingGroups: KeyMap;
  strategicItems: KeyMap;
  initiatives: KeyMap;
}

/** Every field the initiative ends up with, keys turned into ids. */
export function resolveInitiative(demo: DemoInitiative, keys: DemoKeys): UpdateInitiative {
  const {
    key: _key,
    journey: _journey,
    checked: _checked,
    statusUpdate: _statusUpdate,
    owner,
    submitter,
    responsible,
    allocation,
    dependsOn,
    strategicItems,
    ...fields
  } = demo;
  const person = (k: string | undefined) => (k ? keys.people.id(k) : undefined);
  return {
    ...fields,
    ownerId: person(owner),
    submitterId: person(submitter),
    responsibleId: person(responsible),
    allocation: allocation ? resolveAllocation(allocation, keys) : undefined,
    dependsOnIds: dependsOn ? keys.initiatives.idsOf(dependsOn) : undefined,
    strategicItemIds: strategicItems ? keys.strategicItems.idsOf(strategicItems) : undefined,
  };
}

function resolveAllocation(allocation: DemoAllocation, keys: DemoKeys): UpdateInitiative['allocation'] {
  switch (allocation.kind) {
    case 'product-group':
      return { kind: 'product-group', productGroupId: keys.productGroups.id(allocation.productGroup) };
    case 'teams':
      return { kind: 'teams', teamIds: keys.teams.idsOf(allocation.teams) };
    case 'working-group':
      return { kind: 'working-group', workingGroupId: keys.workingGroups.id(allocation.workingGroup) };
  }
}

/** The fields worked out in `phase` that this initiative has. */
export function fieldsOfPhase(all: UpdateInitiative, phase: string): UpdateInitiative {
  const picked: Record<string, unknown> = {};
  for (const field of FIELDS_BY_PHASE[phase] ?? []) {
    if (all[field] !== undefined) picked[field] = all[field];
  }
  return picked;
}
