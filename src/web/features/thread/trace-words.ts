import { useTranslation } from 'react-i18next';
import { ELEMENT_STATUSES } from '../../../contracts/roadmap';
import { ITEM_STATES, STATE_REASONS } from '../../../contracts/rollup';
import { ITEM_KINDS, SOURCE_KINDS } from '../../../contracts/strategy';
import type { TraceNode, TraceNodeType } from '../../../contracts/thread';

const isOneOf = <T extends string>(values: readonly T[], value: string | null | undefined): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

/** What a node is and where it stands, in words; values the UI does not know are shown as stored. */
export function useNodeWords(node: TraceNode): { type: string; status: string | null } {
  const { t } = useTranslation();
  const { status } = node;
  const type = t(`thread.types.${node.type}`);
  // The strategy's status is its kind, which says better what it is than the node type.
  if (node.type === 'strategic-source')
    return {
      type: isOneOf(SOURCE_KINDS, status) ? t(`thread.sourceKinds.${status}`) : type,
      status: null,
    };
  if (node.type === 'strategic-item')
    return {
      type: isOneOf(ITEM_KINDS, status) ? t(`thread.itemKinds.${status}`) : type,
      status: null,
    };
  if (!status) return { type, status: null };
  if (node.type === 'roadmap-element' && isOneOf(ELEMENT_STATUSES, status))
    return { type, status: t(`thread.elementStatus.${status}`) };
  if (node.type === 'epic' || node.type === 'issue') {
    // "closed:completed": GitHub's state and the reason it was closed.
    const [state, reason] = status.split(':');
    if (isOneOf(ITEM_STATES, state)) {
      const stateWords = t(`thread.itemState.${state}`);
      if (!reason) return { type, status: stateWords };
      const reasonWords = isOneOf(STATE_REASONS, reason) ? t(`thread.stateReason.${reason}`) : reason;
      return { type, status: t('thread.stateWithReason', { state: stateWords, reason: reasonWords }) };
    }
  }
  return { type, status };
}

type CountedType = 'roadmap-element' | 'epic' | 'issue';
const COUNTED: readonly TraceNodeType[] = ['roadmap-element', 'epic', 'issue'];

/** How many nodes of each delivery level a tree holds (each node once, also when reached twice). */
export function countByType(nodes: TraceNode[]): Record<CountedType, number> {
  const seen = new Set<string>();
  const counts: Record<CountedType, number> = { 'roadmap-element': 0, epic: 0, issue: 0 };
  const visit = (node: TraceNode) => {
    if (!seen.has(node.id) && COUNTED.includes(node.type)) counts[node.type as CountedType] += 1;
    seen.add(node.id);
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return counts;
}

/** "12 issues" for the children of a node: by their type when they share one. */
export function useChildCount() {
  const { t } = useTranslation();
  return (children: TraceNode[]) => {
    const type = children[0]?.type;
    const count = children.length;
    const same = children.every((child) => child.type === type);
    if (same && (type === 'roadmap-element' || type === 'epic' || type === 'issue'))
      return t(`thread.counts.${type}`, { count });
    return t('thread.counts.other', { count });
  };
}

/**
 * Paths from the top of the strategy down to the node's direct parents: `up` holds the parents, each
 * with its own parents as children, so each leaf there is where a path starts.
 */
export function pathsDown(up: TraceNode[]): TraceNode[][] {
  const from = (node: TraceNode): TraceNode[][] =>
    node.children.length === 0
      ? [[node]]
      : node.children.flatMap((parent) => from(parent).map((path) => [...path, node]));
  return up.flatMap(from);
}
