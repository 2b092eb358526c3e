import type { BacklogKind, CreateBacklogItem, UpdateBacklogItem } from '../../contracts/backlog';
import type { Db } from '../../store/database';
import { selectOne } from '../../store/repositories/versioned';
import { backlogItems } from '../../store/schema';
import { AppError } from '../shared/app-error';
import { assertDistinct } from '../shared/assert-distinct';

type BacklogRow = typeof backlogItems.$inferSelect;
export type BacklogInput = CreateBacklogItem | UpdateBacklogItem;

const invalid = (path: string, message: string) =>
  new AppError('validation-failed', message, { issues: [{ path, message }] });

/** GitHub's pairs: an open issue has no reason or 'reopened'; a closed one never 'reopened'. */
function assertStateReason(state: string, reason: string | null): void {
  if (state === 'open' && reason !== null && reason !== 'reopened') {
    throw invalid('stateReason', `an open item cannot have state reason ${reason}`);
  }
  if (state === 'closed' && reason === 'reopened') {
    throw invalid('stateReason', 'a closed item cannot have state reason reopened');
  }
}

function assertDatesInOrder(startOn: string | null, dueOn: string | null): void {
  if (startOn && dueOn && dueOn < startOn)
    throw invalid('dueOn', `dueOn ${dueOn} is before startOn ${startOn}`);
}

/** Issues are children of epics; epics have no parent and are what roadmap elements point to. */
async function assertParent(
  tx: Db,
  orgId: string,
  kind: BacklogKind,
  parentId: string,
  selfId?: string,
): Promise<void> {
  if (parentId === selfId) throw new AppError('link-cycle', 'an item cannot be its own parent');
  if (kind === 'epic') {
    throw new AppError('invalid-link', 'an epic has no parent: roadmap elements point to epics', {
      issues: [{ path: 'parentId', message: 'epics cannot have a parent' }],
    });
  }
  const parent = await selectOne(tx, backlogItems, orgId, parentId);
  if (!parent) throw new AppError('reference-not-found', `parent ${parentId} was not found`);
  if (parent.kind !== 'epic') {
    throw new AppError('invalid-link', `parent ${parentId} is an issue; an issue's parent is an epic`, {
      issues: [{ path: 'parentId', message: 'is not an epic' }],
    });
  }
}

/** Every rule that needs the stored item or the database, checked before anything is written. */
export async function validateBacklogItem(
  tx: Db,
  orgId: string,
  input: BacklogInput,
  existing?: BacklogRow,
): Promise<void> {
  const kind = ('kind' in input ? input.kind : undefined) ?? (existing?.kind as BacklogKind);
  assertDistinct('roadmapElementIds', input.roadmapElementIds);
  if (kind === 'issue' && input.roadmapElementIds && input.roadmapElementIds.length > 0) {
    throw new AppError('invalid-link', 'roadmap elements point to epics; link the issue to an epic instead', {
      issues: [{ path: 'roadmapElementIds', message: 'only epics serve roadmap elements' }],
    });
  }
  const pick = <K extends 'state' | 'stateReason' | 'startOn' | 'dueOn'>(key: K) =>
    input[key] !== undefined ? input[key] : (existing?.[key] ?? null);
  assertStateReason(pick('state') ?? 'open', pick('stateReason'));
  assertDatesInOrder(pick('startOn'), pick('dueOn'));
  if (input.parentId) await assertParent(tx, orgId, kind, input.parentId, existing?.id);
}
