import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../database';
import { epicRoadmapElements, roadmapElementDependencies, roadmapElementInitiatives } from '../schema';
import { chunks } from './chunks';
import { groupPairs } from './group-pairs';
import { selectRows } from './select-rows';

export interface ElementLinks {
  initiativeIds: Map<string, string[]>;
  dependsOnIds: Map<string, string[]>;
  epicIds: Map<string, string[]>;
}

/** The initiatives, dependencies and epics of the given elements, one query per link table. */
export async function selectElementLinks(db: Db, orgId: string, ids: string[]): Promise<ElementLinks> {
  const initiatives = await db
    .select({ owner: roadmapElementInitiatives.elementId, value: roadmapElementInitiatives.initiativeId })
    .from(roadmapElementInitiatives)
    .where(and(eq(roadmapElementInitiatives.orgId, orgId), inArray(roadmapElementInitiatives.elementId, ids)))
    .orderBy(asc(roadmapElementInitiatives.initiativeId));
  const deps = await db
    .select({ owner: roadmapElementDependencies.elementId, value: roadmapElementDependencies.dependsOnId })
    .from(roadmapElementDependencies)
    .where(
      and(eq(roadmapElementDependencies.orgId, orgId), inArray(roadmapElementDependencies.elementId, ids)),
    )
    .orderBy(asc(roadmapElementDependencies.dependsOnId));
  const epics = await db
    .select({ owner: epicRoadmapElements.elementId, value: epicRoadmapElements.epicId })
    .from(epicRoadmapElements)
    .where(and(eq(epicRoadmapElements.orgId, orgId), inArray(epicRoadmapElements.elementId, ids)))
    .orderBy(asc(epicRoadmapElements.epicId));
  return {
    initiativeIds: groupPairs(initiatives),
    dependsOnIds: groupPairs(deps),
    epicIds: groupPairs(epics),
  };
}

/** The roadmap elements each epic serves. */
export async function selectEpicElements(
  db: Db,
  orgId: string,
  epicIds: string[],
): Promise<Map<string, string[]>> {
  if (epicIds.length === 0) return new Map();
  const rows = await db
    .select({ owner: epicRoadmapElements.epicId, value: epicRoadmapElements.elementId })
    .from(epicRoadmapElements)
    .where(and(eq(epicRoadmapElements.orgId, orgId), inArray(epicRoadmapElements.epicId, epicIds)))
    .orderBy(asc(epicRoadmapElements.elementId));
  return groupPairs(rows);
}

/** One link: its owner (the element or epic whose set is replaced) and what it points to. */
export type Link = { owner: string; value: string };

/** The links of one owner to each of `ids`. */
export const linksOf = (owner: string, ids: readonly string[]): Link[] =>
  ids.map((value) => ({ owner, value }));

/** Replaces, for each listed owner, its whole set of links in one link table. */
async function replaceLinks(
  owners: string[],
  links: Link[],
  remove: (ids: string[]) => Promise<unknown>,
  insert: (rows: Link[]) => Promise<unknown>,
): Promise<void> {
  for (const part of chunks(owners)) await remove(part);
  for (const part of chunks(links)) await insert(part);
}

export const replaceElementInitiatives = (tx: Db, orgId: string, owners: string[], links: Link[]) =>
  replaceLinks(
    owners,
    links,
    (ids) =>
      tx
        .delete(roadmapElementInitiatives)
        .where(
          and(eq(roadmapElementInitiatives.orgId, orgId), inArray(roadmapElementInitiatives.elementId, ids)),
        ),
    (rows) =>
      tx
        .insert(roadmapElementInitiatives)
        .values(rows.map((r) => ({ orgId, elementId: r.owner, initiativeId: r.value }))),
  );

export const replaceElementDependencies = (tx: Db, orgId: string, owners: string[], links: Link[]) =>
  replaceLinks(
    owners,
    links,
    (ids) =>
      tx
        .delete(roadmapElementDependencies)
        .where(
          and(
            eq(roadmapElementDependencies.orgId, orgId),
            inArray(roadmapElementDependencies.elementId, ids),
          ),
        ),
    (rows) =>
      tx
        .insert(roadmapElementDependencies)
        .values(rows.map((r) => ({ orgId, elementId: r.owner, dependsOnId: r.value }))),
  );

export const replaceEpicElements = (tx: Db, orgId: string, owners: string[], links: Link[]) =>
  replaceLinks(
    owners,
    links,
    (ids) =>
      tx
        .delete(epicRoadmapElements)
        .where(and(eq(epicRoadmapElements.orgId, orgId), inArray(epicRoadmapElements.epicId, ids))),
    (rows) =>
      tx
        .insert(epicRoadmapElements)
        .values(rows.map((r) => ({ orgId, epicId: r.owner, elementId: r.value }))),
  );

/** Replaces, for each listed element, the epics that serve it (the element's own list of its epics). */
export const replaceElementEpics = (tx: Db, orgId: string, owners: string[], links: Link[]) =>
  replaceLinks(
    owners,
    links,
    (ids) =>
      tx
        .delete(epicRoadmapElements)
        .where(and(eq(epicRoadmapElements.orgId, orgId), inArray(epicRoadmapElements.elementId, ids))),
    (rows) =>
      tx
        .insert(epicRoadmapElements)
        .values(rows.map((r) => ({ orgId, epicId: r.value, elementId: r.owner })))
        .onConflictDoNothing(),
  );

/** Adds one epic → element link; answers false when it was there already. */
export async function insertEpicElement(
  tx: Db,
  orgId: string,
  epicId: string,
  elementId: string,
): Promise<boolean> {
  const rows = await tx
    .insert(epicRoadmapElements)
    .values({ orgId, epicId, elementId })
    .onConflictDoNothing()
    .returning({ epicId: epicRoadmapElements.epicId });
  return rows.length > 0;
}

export async function deleteEpicElement(
  tx: Db,
  orgId: string,
  epicId: string,
  elementId: string,
): Promise<boolean> {
  const rows = await tx
    .delete(epicRoadmapElements)
    .where(
      and(
        eq(epicRoadmapElements.orgId, orgId),
        eq(epicRoadmapElements.epicId, epicId),
        eq(epicRoadmapElements.elementId, elementId),
      ),
    )
    .returning({ epicId: epicRoadmapElements.epicId });
  return rows.length > 0;
}

/**
 * Whether `elementId` is reachable from any of `dependsOnIds` along existing dependencies: making
 * `elementId` depend on them would then close a cycle. Answers the path's first element, or null.
 */
export async function findDependencyCycle(
  db: Db,
  orgId: string,
  elementId: string,
  dependsOnIds: string[],
): Promise<string | null> {
  if (dependsOnIds.length === 0) return null;
  const rows = await selectRows<{ start: string }>(
    db,
    sql`WITH RECURSIVE reach(start, node) AS (
          SELECT id, id FROM unnest(${sql.param(dependsOnIds)}::uuid[]) AS id
          UNION
          SELECT reach.start, d.depends_on_id FROM roadmap_element_dependencies d
          JOIN reach ON d.element_id = reach.node
          WHERE d.org_id = ${orgId} AND d.element_id <> ${elementId}
        )
        SELECT start FROM reach WHERE node = ${elementId} LIMIT 1`,
  );
  return rows[0]?.start ?? null;
}

/** Elements depending on the given one, found before a delete cascades the links away. */
export async function selectElementDependents(db: Db, orgId: string, elementId: string): Promise<string[]> {
  const rows = await db
    .select({ id: roadmapElementDependencies.elementId })
    .from(roadmapElementDependencies)
    .where(
      and(eq(roadmapElementDependencies.orgId, orgId), eq(roadmapElementDependencies.dependsOnId, elementId)),
    );
  return rows.map((r) => r.id);
}
