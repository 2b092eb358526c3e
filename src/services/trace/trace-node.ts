import { GITHUB_REF_PATTERN } from '../../contracts/github-ref';
import type { Health } from '../../contracts/rollup';
import type { Trace, TraceNode, TraceNodeType } from '../../contracts/thread';
import type { Db } from '../../store/database';
import {
  selectNodeByRef,
  selectTraceEdges,
  type TraceDirection,
} from '../../store/repositories/trace/trace-edges';
import { selectTraceNodes, type TraceNodeRow } from '../../store/repositories/trace/trace-nodes';
import { AppError } from '../shared/app-error';
import type { ServiceContext } from '../shared/context';
import { groupBy } from '../rollup/group-by';

const KEY_PATTERN = /^Sak \d{1,6}-\d{4}$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Strategy → initiative → element → epic → issue is five steps; the strategy tree may nest a few more. */
const MAX_DEPTH = 10;

function parseRef(ref: string) {
  const trimmed = ref.trim();
  if (KEY_PATTERN.test(trimmed)) return { key: trimmed };
  const github = GITHUB_REF_PATTERN.exec(trimmed);
  if (github) {
    const [, owner = '', repo = '', number = '0'] = github;
    return { github: { owner: owner.toLowerCase(), repo: repo.toLowerCase(), number: Number(number) } };
  }
  if (UUID_PATTERN.test(trimmed)) return { id: trimmed.toLowerCase() };
  throw new AppError(
    'validation-failed',
    `"${ref}" is not a case key ("Sak 14-2026"), owner/repo#N or an id`,
    {
      issues: [{ path: 'ref', message: 'not a case key, GitHub reference or id' }],
    },
  );
}

const toNode = (type: TraceNodeType, row: TraceNodeRow): TraceNode => ({
  type,
  id: row.id,
  ref: row.ref,
  title: row.title,
  status: row.status,
  progress: row.progress,
  delivered: row.delivered,
  health: row.health as Health | null,
  children: [],
});

// One collator for every comparison: localeCompare with options builds a new one each call.
const NORWEGIAN = new Intl.Collator('nb', { numeric: true });
const byRefThenTitle = (a: TraceNode, b: TraceNode) =>
  NORWEGIAN.compare(a.ref ?? '', b.ref ?? '') || NORWEGIAN.compare(a.title, b.title);

/**
 * Grows the tree from `roots` one level at a time: one query for the edges and one for the nodes per
 * node type and level, however wide the level is.
 */
async function grow(db: Db, orgId: string, direction: TraceDirection, roots: TraceNode[]): Promise<void> {
  let frontier = roots;
  for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
    const next: TraceNode[] = [];
    for (const [type, nodes] of groupBy(frontier, (n) => n.type)) {
      const ids = [...new Set(nodes.map((n) => n.id))];
      const edges = await selectTraceEdges(db, orgId, direction, type as TraceNodeType, ids);
      for (const [toType, typed] of groupBy(edges, (e) => e.toType)) {
        const rows = await selectTraceNodes(db, orgId, toType as TraceNodeType, [
          ...new Set(typed.map((e) => e.toId)),
        ]);
        const found = new Map(rows.map((r) => [r.id, r]));
        const parents = groupBy(nodes, (n) => n.id);
        for (const edge of typed) {
          const row = found.get(edge.toId);
          if (!row) continue;
          for (const parent of parents.get(edge.fromId) ?? []) {
            const child = toNode(toType as TraceNodeType, row);
            parent.children.push(child);
            next.push(child);
          }
        }
      }
    }
    for (const node of frontier) node.children.sort(byRefThenTitle);
    frontier = next;
  }
}

/** The red thread through one node: up to the strategy, down to the issues, with progress at every level. */
export async function traceNode(ctx: ServiceContext, ref: string): Promise<Trace> {
  const db = ctx.database.db;
  const found = await selectNodeByRef(db, ctx.orgId, parseRef(ref));
  if (!found) throw new AppError('not-found', `nothing called ${ref} was found`);
  const [row] = await selectTraceNodes(db, ctx.orgId, found.type, [found.id]);
  if (!row) throw new AppError('not-found', `nothing called ${ref} was found`);
  const upRoot = toNode(found.type, row);
  const downRoot = toNode(found.type, row);
  await grow(db, ctx.orgId, 'up', [upRoot]);
  await grow(db, ctx.orgId, 'down', [downRoot]);
  return { node: toNode(found.type, row), up: upRoot.children, down: downRoot.children };
}
