import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { TraceNode, TraceNodeType } from '../../../contracts/thread';
import { useAppPaths } from '../../api/client-context';
import { HealthTag } from '../../ui/initiative-tags';
import { ItemRef } from '../../ui/item-ref';
import { ProgressBar } from '../../ui/progress-bar';
import { AppLink } from '../../ui/app-link';
import { useNodeWords } from './trace-words';

/** The strategy above an initiative has no progress of its own. */
const MEASURED = new Set<TraceNodeType>(['initiative', 'roadmap-element', 'epic', 'issue']);

/** One node of the thread: what it is, its reference and title, then where it stands. */
export function TraceRow({ node, titleId }: { node: TraceNode; titleId: string }) {
  const { t } = useTranslation();
  const { type, status } = useNodeWords(node);
  return (
    <div className="trace-row__content">
      <div className="trace-row__what">
        <Tag data-size="sm" data-color="neutral" variant="outline" className="trace-row__type">
          {type}
        </Tag>
        <ItemRef value={node.ref} />
        <span className="trace-row__title" id={titleId}>
          <NodeTitle node={node} />
        </span>
      </div>
      <div className="trace-row__state">
        {status ? <span className="trace-row__status">{status}</span> : null}
        {MEASURED.has(node.type) ? <ProgressBar value={node.progress} label={t('progress.label')} /> : null}
        {node.delivered ? (
          <Tag data-size="sm" data-color="success" className="tag trace-row__delivered">
            <span aria-hidden="true" className="tag__mark">
              ✓
            </span>
            {t('thread.delivered')}
          </Tag>
        ) : null}
        <HealthTag health={node.health} />
      </div>
    </div>
  );
}

/** The title; an initiative or a roadmap element links to its page in the app, so the thread can be followed. */
function NodeTitle({ node }: { node: TraceNode }) {
  const paths = useAppPaths();
  if (node.type === 'roadmap-element')
    return <AppLink to={paths.roadmapElement(node.id)}>{node.title}</AppLink>;
  if (node.type === 'initiative')
    return <AppLink to={paths.initiative(node.ref ?? node.id)}>{node.title}</AppLink>;
  return node.title;
}
