import type { CreateInitiative, DecisionOutcome } from '../../contracts/initiatives';
import type {
  CreatePerson,
  CreateProduct,
  CreateProductGroup,
  CreateTeam,
  CreateWorkingGroup,
} from '../../contracts/organisation';
import type { CreateItem, CreateSource } from '../../contracts/strategy';
import type { DEFAULT_PHASE_IDS } from '../../contracts/workflow';

/*
 * The demo data names its rows by short local keys ("siri", "datadeling", "tb-m1") instead of ids,
 * which only exist once the rows are stored. The loader resolves each key to the id it got.
 */

export type PhaseId = (typeof DEFAULT_PHASE_IDS)[number];

export type DemoPerson = CreatePerson & { key: string };

export type DemoProductGroup = Omit<CreateProductGroup, 'leaderId'> & { leader: string };

export type DemoProduct = Omit<CreateProduct, 'productGroupId'> & { productGroup: string };

export type DemoTeam = Omit<CreateTeam, 'productGroupIds' | 'productIds' | 'members'> & {
  productGroups: string[];
  products: string[];
  /** Person key and the person's role in the team. */
  members: [person: string, role: string][];
};

export type DemoWorkingGroup = Omit<CreateWorkingGroup, 'memberIds'> & { members: string[] };

export type DemoItem = Omit<CreateItem, 'parentId' | 'sourceId'> & {
  key: string;
  /** Items under this one: key results under an objective, assignments under a goal. */
  children?: DemoItem[];
};

export type DemoSource = Omit<CreateSource, 'productGroupId'> & {
  productGroup?: string;
  items: DemoItem[];
};

export type DemoAllocation =
  | { kind: 'product-group'; productGroup: string }
  | { kind: 'teams'; teams: string[] }
  | { kind: 'working-group'; workingGroup: string };

/** One decision in an initiative's life, in the order it was taken. */
export interface DemoStep {
  outcome: DecisionOutcome;
  /** Target phase of approved and sent-back decisions. */
  to?: PhaseId;
  on: string;
  by?: string;
  rationale?: string;
  conditions?: string;
}

type LinkedFields =
  | 'key'
  | 'ownerId'
  | 'submitterId'
  | 'responsibleId'
  | 'allocation'
  | 'dependsOnIds'
  | 'strategicItemIds'
  | 'checkedCriteria';

/**
 * An initiative with every text and number it will end up with. The loader fills the fields in phase by
 * phase, as an owner would, so an initiative that never got far keeps the later fields empty.
 */
export type DemoInitiative = Omit<CreateInitiative, LinkedFields> & {
  key: string;
  owner?: string;
  submitter?: string;
  responsible?: string;
  allocation?: DemoAllocation;
  /** Keys of other demo initiatives, e.g. "Sak 1-2025". */
  dependsOn?: string[];
  strategicItems?: string[];
  journey: DemoStep[];
  /** Checklist criteria of the current phase already ticked off; the others show as unmet. */
  checked?: string[];
};
