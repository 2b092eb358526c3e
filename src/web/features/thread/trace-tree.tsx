import { useId } from 'react';
import type { TraceNode } from '../../../contracts/thread';
import { TraceRow } from './trace-row';
import { useChildCount } from './trace-words';

export interface TreeExpansion {
  isExpanded(path: string, node: TraceNode): boolean;
  toggle(path: string, expanded: boolean): void;
}

/**
 * The thread below a node as nested lists. A node with children has a button (aria-expanded) that
 * shows or hides them; hidden children stay in the page, so the button always controls a list.
 */
export function TraceTree({
  nodes,
  expansion,
  path = '',
  label,
}: {
  nodes: TraceNode[];
  expansion: TreeExpansion;
  path?: string;
  label?: string;
}) {
  return (
    <ul className="trace" aria-label={label}>
      {nodes.map((node, index) => (
        <TraceBranch
          key={`${node.id}-${index}`}
          node={node}
          path={`${path}/${node.id}`}
          expansion={expansion}
        />
      ))}
    </ul>
  );
}

function TraceBranch({ node, path, expansion }: { node: TraceNode; path: string; expansion: TreeExpansion }) {
  const id = useId();
  const childCount = useChildCount();
  const hasChildren = node.children.length > 0;
  const expanded = hasChildren && expansion.isExpanded(path, node);
  return (
    <li className="trace__node" data-type={node.type} data-delivered={node.delivered}>
      <div className="trace-row">
        {hasChildren ? (
          <button
            type="button"
            className="trace-row__toggle"
            aria-expanded={expanded}
            aria-controls={`${id}-children`}
            aria-describedby={`${id}-title`}
            onClick={() => expansion.toggle(path, !expanded)}
          >
            <span className="trace-row__chevron" aria-hidden="true">
              {expanded ? '▾' : '▸'}
            </span>
            {childCount(node.children)}
          </button>
        ) : null}
        <TraceRow node={node} titleId={`${id}-title`} />
      </div>
      {hasChildren ? (
        <div id={`${id}-children`} hidden={!expanded} className="trace__children">
          <TraceTree nodes={node.children} expansion={expansion} path={path} />
        </div>
      ) : null}
    </li>
  );
}
