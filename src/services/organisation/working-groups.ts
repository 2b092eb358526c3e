import { and, asc, eq, inArray } from 'drizzle-orm';
import type { CreateWorkingGroup, UpdateWorkingGroup, WorkingGroup } from '../../contracts/organisation';
import type { Db } from '../../store/database';
import { workingGroupMembers, workingGroups } from '../../store/schema';
import { crudUseCases, definedOnly } from '../shared/crud';
import { entityMeta } from '../shared/entity-meta';
import { assertPeriodOrdered } from '../shared/period';

type WorkingGroupRow = typeof workingGroups.$inferSelect;
type WorkingGroupInput = CreateWorkingGroup | UpdateWorkingGroup;

/** Replaces the members when the input names them; left out, they stay as they were. */
async function writeMembers(
  tx: Db,
  orgId: string,
  workingGroupId: string,
  input: WorkingGroupInput,
): Promise<void> {
  if (!input.memberIds) return;
  await tx
    .delete(workingGroupMembers)
    .where(and(eq(workingGroupMembers.orgId, orgId), eq(workingGroupMembers.workingGroupId, workingGroupId)));
  const ids = [...new Set(input.memberIds)];
  if (ids.length > 0) {
    await tx.insert(workingGroupMembers).values(ids.map((personId) => ({ orgId, workingGroupId, personId })));
  }
}

/** Reads the members of all the rows in one query. */
async function loadWorkingGroups(db: Db, orgId: string, rows: WorkingGroupRow[]): Promise<WorkingGroup[]> {
  if (rows.length === 0) return [];
  const members = await db
    .select()
    .from(workingGroupMembers)
    .where(
      and(
        eq(workingGroupMembers.orgId, orgId),
        inArray(
          workingGroupMembers.workingGroupId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(asc(workingGroupMembers.personId));
  return rows.map((r) => ({
    ...entityMeta(r),
    slug: r.slug,
    name: r.name,
    purpose: r.purpose,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    memberIds: members.filter((m) => m.workingGroupId === r.id).map((m) => m.personId),
  }));
}

/** Working groups (arbeidsgrupper): people gathered for a purpose and a period. */
export const workingGroupsUseCases = crudUseCases({
  entityType: 'working-group',
  label: 'working group',
  table: workingGroups,
  orderBy: workingGroups.name,
  createRow: (input: CreateWorkingGroup) => ({
    slug: input.slug,
    name: input.name,
    purpose: input.purpose ?? null,
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
  }),
  updateRow: (input: UpdateWorkingGroup) =>
    definedOnly({
      slug: input.slug,
      name: input.name,
      purpose: input.purpose,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
    }),
  validate: (_tx, _orgId, input, existing) => {
    assertPeriodOrdered(
      { start: 'startsOn', end: 'endsOn' },
      { start: input.startsOn, end: input.endsOn },
      existing && { start: existing.startsOn, end: existing.endsOn },
    );
    return Promise.resolve();
  },
  writeLinks: writeMembers,
  load: loadWorkingGroups,
});
