import type { Trace, TraceNode, TraceNodeType } from '../../../contracts/thread';

const LABELS: Record<TraceNodeType, string> = {
  'strategic-source': 'Strategic source',
  'strategic-item': 'Strategic item',
  initiative: 'Initiative',
  'roadmap-element': 'Roadmap element',
  epic: 'Epic',
  issue: 'Issue',
};

/** Strategy has no progress of its own: its lines show what it is, not numbers. */
const MEASURED = new Set<TraceNodeType>(['initiative', 'roadmap-element', 'epic', 'issue']);
/** Issues have no health of their own; the levels above them do. */
const WITH_HEALTH = new Set<TraceNodeType>(['initiative', 'roadmap-element', 'epic']);

/** "45 %", or "–" when nothing below counts. */
export const percent = (progress: number | null): string =>
  progress === null ? '–' : `${Math.round(progress * 100)} %`;

/**
 * Type, reference and title; then for the measured levels the progress, "✓ delivered" when it is,
 * and the health ("health –" while none is known).
 */
export function nodeLine(node: TraceNode): string {
  const parts = [LABELS[node.type], ...(node.ref ? [node.ref] : []), node.title];
  if (MEASURED.has(node.type)) parts.push(percent(node.progress));
  if (node.delivered) parts.push('✓ delivered');
  if (WITH_HEALTH.has(node.type)) parts.push(`health ${node.health ?? '–'}`);
  return parts.join('  ');
}

interface PathTree {
  node: TraceNode;
  below: PathTree[];
}

/**
 * `up` is inverted: the node's parents, each with its own parents as children. Read as paths from the
 * node upwards and turned around, with shared beginnings merged, it becomes a tree from the strategy
 * down to the node's parents.
 */
function pathsDown(up: TraceNode[]): PathTree[] {
  const roots: PathTree[] = [];
  const walk = (node: TraceNode, towardsNode: TraceNode[]): void => {
    const path = [node, ...towardsNode];
    if (node.children.length === 0) return insert(roots, path);
    for (const parent of node.children) walk(parent, path);
  };
  const insert = (level: PathTree[], path: TraceNode[]): void => {
    const [first, ...rest] = path;
    if (!first) return;
    let branch = level.find((b) => b.node.type === first.type && b.node.id === first.id);
    if (!branch) {
      branch = { node: first, below: [] };
      level.push(branch);
    }
    insert(branch.below, rest);
  };
  for (const parent of up) walk(parent, []);
  return roots;
}

const depthOf = (trees: PathTree[]): number => Math.max(0, ...trees.map((t) => 1 + depthOf(t.below)));

/**
 * The thread as an indented tree: the paths from the strategy down to the node's parents, the node
 * itself (marked ▶) one step below the deepest of them, then everything below it down to the issues.
 */
export function formatTrace(trace: Trace): string {
  const lines: string[] = [];
  const indent = (depth: number) => '  '.repeat(depth);
  const printUp = (trees: PathTree[], depth: number): void => {
    for (const tree of trees) {
      lines.push(indent(depth) + nodeLine(tree.node));
      printUp(tree.below, depth + 1);
    }
  };
  const printDown = (nodes: TraceNode[], depth: number): void => {
    for (const node of nodes) {
      lines.push(indent(depth) + nodeLine(node));
      printDown(node.children, depth + 1);
    }
  };
  const paths = pathsDown(trace.up);
  printUp(paths, 0);
  const depth = depthOf(paths);
  lines.push(`${indent(depth)}▶ ${nodeLine(trace.node)}`);
  printDown(trace.down, depth + 1);
  return lines.join('\n');
}
