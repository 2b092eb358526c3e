import type { CreateBacklogItem } from '../../contracts/backlog';
import type { CreateInitiative, DecisionOutcome } from '../../contracts/initiatives';
import type {
  CreatePerson,
  CreateProduct,
  CreateProductGroup,
  CreateTeam,
  CreateWorkingGroup,
} from '../../contracts/organisation';
import type { CreateRoadmapElement } from '../../contracts/roadmap';
import type { CreateItem, CreateSource } from '../../contracts/strategy';
import type { CreateStatusUpdate } from '../../contracts/thread';
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
  /**
   * The owner's latest written status update, posted once the red thread is loaded. Its health or
   * progress overrides what the roll-up derived; without them it is only text.
   */
  statusUpdate?: CreateStatusUpdate;
};

/**
 * An epic in a team's repository and its child issues. The issues are written as the epic's task
 * list, one per line: `[x]` closed as completed, `[ ]` open, `[-]` closed as not planned, `[r]`
 * reopened after it was closed as completed.
 */
export type DemoEpic = Omit<
  CreateBacklogItem,
  'kind' | 'teamId' | 'parentId' | 'roadmapElementIds' | 'github' | 'closedAt' | 'activityAt'
> & {
  /** The team whose repository (`demoetaten/<team>-backlog`) holds the epic and its issues. */
  team: string;
  /** Numbers of other roadmap elements the epic also serves. */
  alsoServes?: number[];
  /**
   * When the epic and its issues last changed; leaving it out means active work (open issues
   * touched in the last two weeks, closed ones spread between the epic's start and its due date).
   */
  lastActivity?: string;
  /** Closed as completed, then reopened when one of its issues was: delivery is undone. */
  reopened?: boolean;
  tasks: string;
};

/** A roadmap element: an issue in demoetaten/veikart on the organisation's roadmap board. */
export type DemoElement = Omit<
  CreateRoadmapElement,
  'productId' | 'initiativeIds' | 'dependsOnIds' | 'github' | 'activityAt'
> & {
  /** Its issue number in demoetaten/veikart; other elements name it by this number. */
  number: number;
  product: string;
  /** Keys of the initiatives it serves, e.g. "Sak 1-2025". */
  initiatives: string[];
  /** Numbers of the elements it depends on (Avhengigheter). */
  dependsOn?: number[];
  /** When the element itself last changed on the board. */
  lastActivity?: string;
  epics: DemoEpic[];
  statusUpdate?: CreateStatusUpdate;
};
