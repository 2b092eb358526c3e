import { and, asc, eq, inArray } from 'drizzle-orm';
import type { CreateTeam, Team, TeamType, UpdateTeam } from '../../contracts/organisation';
import type { Db } from '../../store/database';
import { teamMembers, teamProductGroups, teamProducts, teams } from '../../store/schema';
import { AppError } from '../shared/app-error';
import { crudUseCases, definedOnly } from '../shared/crud';
import { entityMeta } from '../shared/entity-meta';

type TeamRow = typeof teams.$inferSelect;
type TeamInput = CreateTeam | UpdateTeam;

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/** Two entries for one person would hide which role is meant; the caller must choose. */
function assertMembersDistinct(input: TeamInput): Promise<void> {
  const ids = (input.members ?? []).map((m) => m.personId);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated) {
    throw new AppError('validation-failed', `person ${repeated} is listed twice among the members`, {
      issues: [{ path: 'members', message: `person ${repeated} is listed more than once` }],
    });
  }
  return Promise.resolve();
}

/** Replaces each link set the input names; a field left out leaves that set as it was. */
async function writeTeamLinks(tx: Db, orgId: string, teamId: string, input: TeamInput): Promise<void> {
  if (input.productGroupIds) {
    await tx
      .delete(teamProductGroups)
      .where(and(eq(teamProductGroups.orgId, orgId), eq(teamProductGroups.teamId, teamId)));
    const ids = unique(input.productGroupIds);
    if (ids.length > 0) {
      await tx
        .insert(teamProductGroups)
        .values(ids.map((productGroupId) => ({ orgId, teamId, productGroupId })));
    }
  }
  if (input.productIds) {
    await tx.delete(teamProducts).where(and(eq(teamProducts.orgId, orgId), eq(teamProducts.teamId, teamId)));
    const ids = unique(input.productIds);
    if (ids.length > 0)
      await tx.insert(teamProducts).values(ids.map((productId) => ({ orgId, teamId, productId })));
  }
  if (input.members) {
    await tx.delete(teamMembers).where(and(eq(teamMembers.orgId, orgId), eq(teamMembers.teamId, teamId)));
    if (input.members.length > 0) {
      await tx
        .insert(teamMembers)
        .values(input.members.map((m) => ({ orgId, teamId, personId: m.personId, role: m.role ?? null })));
    }
  }
}

/** Reads the links of all the rows with one query per link table. */
async function loadTeams(db: Db, orgId: string, rows: TeamRow[]): Promise<Team[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  // Sequential on purpose: inside a transaction these share one connection.
  const groupLinks = await db
    .select()
    .from(teamProductGroups)
    .where(and(eq(teamProductGroups.orgId, orgId), inArray(teamProductGroups.teamId, ids)))
    .orderBy(asc(teamProductGroups.productGroupId));
  const productLinks = await db
    .select()
    .from(teamProducts)
    .where(and(eq(teamProducts.orgId, orgId), inArray(teamProducts.teamId, ids)))
    .orderBy(asc(teamProducts.productId));
  const memberLinks = await db
    .select()
    .from(teamMembers)
    .where(and(eq(teamMembers.orgId, orgId), inArray(teamMembers.teamId, ids)))
    .orderBy(asc(teamMembers.personId));
  return rows.map((r) => ({
    ...entityMeta(r),
    slug: r.slug,
    name: r.name,
    type: r.type as TeamType,
    description: r.description,
    productGroupIds: groupLinks.filter((l) => l.teamId === r.id).map((l) => l.productGroupId),
    productIds: productLinks.filter((l) => l.teamId === r.id).map((l) => l.productId),
    backlogs: r.backlogs,
    members: memberLinks
      .filter((l) => l.teamId === r.id)
      .map((l) => ({ personId: l.personId, role: l.role })),
    capacityPersonMonthsPerQuarter: r.capacityPersonMonthsPerQuarter,
  }));
}

/** Teams with the product groups and products they serve, their backlogs and their members. */
export const teamsUseCases = crudUseCases({
  entityType: 'team',
  label: 'team',
  table: teams,
  orderBy: teams.name,
  createRow: (input: CreateTeam) => ({
    slug: input.slug,
    name: input.name,
    type: input.type,
    description: input.description ?? null,
    backlogs: input.backlogs ?? [],
    capacityPersonMonthsPerQuarter: input.capacityPersonMonthsPerQuarter ?? null,
  }),
  updateRow: (input: UpdateTeam) =>
    definedOnly({
      slug: input.slug,
      name: input.name,
      type: input.type,
      description: input.description,
      backlogs: input.backlogs,
      capacityPersonMonthsPerQuarter: input.capacityPersonMonthsPerQuarter,
    }),
  validate: (_tx, _orgId, input) => assertMembersDistinct(input),
  writeLinks: writeTeamLinks,
  load: loadTeams,
});
