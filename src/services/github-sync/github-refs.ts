import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../store/database';
import { chunks } from '../../store/repositories/chunks';
import { backlogItems, roadmapElements } from '../../store/schema';
import { backlogItemsUseCases } from '../backlog/backlog-items';
import { roadmapElementsUseCases } from '../roadmap/roadmap-elements';
import type { ServiceContext } from '../shared/context';

/** A roadmap element, epic or issue that mirrors a GitHub issue, as the sync sees it. */
export interface StoredGithubRef {
  id: string;
  type: 'element' | 'epic' | 'issue';
  version: number;
  /** Lower-case "owner/repo#N", as stored. */
  key: string;
  nodeId: string | null;
  /** GitHub's updated_at when last imported: equal means nothing changed there. */
  activityAt: string | null;
  /** An issue's epic. */
  parentId: string | null;
}

type MirrorTable = typeof roadmapElements | typeof backlogItems;

const refColumns = (table: MirrorTable) => ({
  id: table.id,
  version: table.version,
  owner: table.githubOwner,
  repo: table.githubRepo,
  number: table.githubNumber,
  nodeId: table.githubNodeId,
  activityAt: table.activityAt,
});

async function selectMirrored(db: Db, orgId: string, where: (t: MirrorTable) => ReturnType<typeof and>) {
  const elements = await db
    .select(refColumns(roadmapElements))
    .from(roadmapElements)
    .where(
      and(eq(roadmapElements.orgId, orgId), isNotNull(roadmapElements.githubNumber), where(roadmapElements)),
    );
  const items = await db
    .select({ ...refColumns(backlogItems), kind: backlogItems.kind, parentId: backlogItems.parentId })
    .from(backlogItems)
    .where(and(eq(backlogItems.orgId, orgId), isNotNull(backlogItems.githubNumber), where(backlogItems)));
  return [
    ...elements.map((r) => toRef({ ...r, parentId: null }, 'element')),
    ...items.map((r) => toRef(r, r.kind === 'epic' ? 'epic' : 'issue')),
  ];
}

interface RefRow {
  id: string;
  version: number;
  owner: string | null;
  repo: string | null;
  number: number | null;
  nodeId: string | null;
  activityAt: Date | null;
  parentId: string | null;
}

function toRef(r: RefRow, type: StoredGithubRef['type']): StoredGithubRef {
  return {
    id: r.id,
    type,
    version: r.version,
    key: `${r.owner}/${r.repo}#${r.number}`,
    nodeId: r.nodeId,
    activityAt: r.activityAt?.toISOString() ?? null,
    parentId: r.parentId,
  };
}

/** "owner/repo" or "owner/repo#N", lower case, split at its slash (and hash). */
function splitKey(key: string): { owner: string; repo: string; number: number } {
  const [owner = '', rest = ''] = key.toLowerCase().split('/');
  const [repo = '', number = '0'] = rest.split('#');
  return { owner, repo, number: Number(number) };
}

/** Everything of the organisation that mirrors a GitHub issue in one of `repos` ("owner/repo", any case). */
export async function listMirroredInRepos(ctx: ServiceContext, repos: string[]): Promise<StoredGithubRef[]> {
  const found: StoredGithubRef[] = [];
  for (const { owner, repo } of [...new Set(repos.map((r) => r.toLowerCase()))].map(splitKey)) {
    found.push(
      ...(await selectMirrored(ctx.database.db, ctx.orgId, (t) =>
        and(eq(t.githubOwner, owner), eq(t.githubRepo, repo)),
      )),
    );
  }
  return found;
}

/** The stored mirrors of the given node ids. */
export async function findMirroredByNodeIds(
  ctx: ServiceContext,
  nodeIds: string[],
): Promise<StoredGithubRef[]> {
  const found: StoredGithubRef[] = [];
  for (const part of chunks([...new Set(nodeIds)])) {
    found.push(...(await selectMirrored(ctx.database.db, ctx.orgId, (t) => inArray(t.githubNodeId, part))));
  }
  return found;
}

/**
 * The stored mirrors of the given "owner/repo#N" keys, asked per repository by the indexed columns
 * (owner, repo, number), so a lookup reads the rows it names and not the organisation's every row.
 */
export async function findMirroredByKeys(ctx: ServiceContext, keys: string[]): Promise<StoredGithubRef[]> {
  const byRepo = new Map<string, number[]>();
  for (const key of new Set(keys.map((k) => k.toLowerCase()))) {
    const { owner, repo, number } = splitKey(key);
    const repoKey = `${owner}/${repo}`;
    byRepo.set(repoKey, [...(byRepo.get(repoKey) ?? []), number]);
  }
  const found: StoredGithubRef[] = [];
  for (const [repoKey, numbers] of byRepo) {
    const { owner, repo } = splitKey(repoKey);
    for (const part of chunks(numbers, 1_000)) {
      found.push(
        ...(await selectMirrored(ctx.database.db, ctx.orgId, (t) =>
          and(eq(t.githubOwner, owner), eq(t.githubRepo, repo), inArray(t.githubNumber, part)),
        )),
      );
    }
  }
  return found;
}

/** The stored mirrors with these ids. */
export async function findMirroredByIds(ctx: ServiceContext, ids: string[]): Promise<StoredGithubRef[]> {
  const found: StoredGithubRef[] = [];
  for (const part of chunks([...new Set(ids)])) {
    found.push(...(await selectMirrored(ctx.database.db, ctx.orgId, (t) => inArray(t.id, part))));
  }
  return found;
}

/** The stored issues under these epics. */
export async function findChildrenOfEpics(
  ctx: ServiceContext,
  epicIds: string[],
): Promise<StoredGithubRef[]> {
  const found: StoredGithubRef[] = [];
  for (const part of chunks([...new Set(epicIds)])) {
    const rows = await ctx.database.db
      .select({ ...refColumns(backlogItems), parentId: backlogItems.parentId })
      .from(backlogItems)
      .where(
        and(
          eq(backlogItems.orgId, ctx.orgId),
          inArray(backlogItems.parentId, part),
          isNotNull(backlogItems.githubNumber),
        ),
      );
    found.push(...rows.map((r) => toRef(r, 'issue')));
  }
  return found;
}

/**
 * Points mirrors at the issue's new address after a transfer or a repository rename (GitHub keeps the
 * node id), so the next import updates them instead of creating twins.
 */
export async function relocateMirrors(
  ctx: ServiceContext,
  moves: {
    id: string;
    type: StoredGithubRef['type'];
    owner: string;
    repo: string;
    number: number;
    url: string | null;
  }[],
): Promise<void> {
  if (moves.length === 0) return;
  await ctx.database.db.transaction(async (tx) => {
    for (const move of moves) {
      const table: MirrorTable = move.type === 'element' ? roadmapElements : backlogItems;
      await tx
        .update(table)
        .set({
          githubOwner: move.owner.toLowerCase(),
          githubRepo: move.repo.toLowerCase(),
          githubNumber: move.number,
          url: move.url,
          version: sql`${table.version} + 1`,
          updatedAt: new Date(),
        })
        .where(and(eq(table.orgId, ctx.orgId), eq(table.id, move.id)));
    }
  });
}

/** Removes mirrors of issues deleted on GitHub, each with its roll-up and history, as a person's delete would. */
export async function removeMirrors(ctx: ServiceContext, refs: StoredGithubRef[]): Promise<void> {
  // Issues before epics before elements: nothing is removed while something below still points to it.
  const order = { issue: 0, epic: 1, element: 2 } as const;
  for (const ref of [...refs].sort((a, b) => order[a.type] - order[b.type])) {
    const useCases = ref.type === 'element' ? roadmapElementsUseCases : backlogItemsUseCases;
    const current = await useCases.get(ctx, ref.id);
    await useCases.remove(ctx, ref.id, current.version);
  }
}
