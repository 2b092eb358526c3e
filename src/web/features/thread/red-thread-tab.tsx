import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TraceNode } from '../../../contracts/thread';
import { useTrace } from '../../api/thread-queries';
import { LoadError, Loading } from '../../ui/query-state';
import { TraceRow } from './trace-row';
import { TraceTree, type TreeExpansion } from './trace-tree';
import { countByType, pathsDown } from './trace-words';

/** An epic with more issues than this starts collapsed. */
export const ISSUES_SHOWN = 5;

type Mode = 'default' | 'all' | 'no-issues';

/** Which nodes show their children: a person's own choice per node, else the mode's rule. */
function useExpansion() {
  const [mode, setMode] = useState<Mode>('default');
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  const expansion: TreeExpansion = {
    isExpanded: (path, node) =>
      chosen[path] ??
      (node.type !== 'epic' ||
        mode === 'all' ||
        (mode === 'default' && node.children.length <= ISSUES_SHOWN)),
    toggle: (path, expanded) => setChosen((current) => ({ ...current, [path]: expanded })),
  };
  const reset = (next: Mode) => {
    setMode(next);
    setChosen({});
  };
  return { expansion, reset };
}

/** The red thread of one initiative: where it comes from in the strategy and what delivers it. */
export function RedThreadTab({ initiativeKey }: { initiativeKey: string }) {
  const { t } = useTranslation();
  const trace = useTrace(initiativeKey);
  if (trace.error) return <LoadError error={trace.error} onRetry={() => void trace.refetch()} />;
  if (!trace.data) return <Loading />;
  return (
    <div className="red-thread">
      <Paragraph>{t('thread.intro')}</Paragraph>
      <Origin up={trace.data.up} />
      <Deliveries down={trace.data.down} />
    </div>
  );
}

function Origin({ up }: { up: TraceNode[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const paths = pathsDown(up);
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('thread.upHeading')}
      </Heading>
      {paths.length === 0 ? (
        <Paragraph className="not-set">{t('thread.upEmpty')}</Paragraph>
      ) : (
        <ul className="trace-paths">
          {paths.map((path, index) => (
            <li key={index}>
              <ol className="trace-path">
                {path.map((node) => (
                  <li key={node.id} className="trace-row" data-type={node.type}>
                    <TraceRow node={node} titleId={`${headingId}-${index}-${node.id}`} />
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Deliveries({ down }: { down: TraceNode[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { expansion, reset } = useExpansion();
  const counts = countByType(down);
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('thread.downHeading')}
      </Heading>
      {down.length === 0 ? (
        <Paragraph className="not-set">{t('thread.downEmpty')}</Paragraph>
      ) : (
        <>
          <div className="toolbar">
            <Paragraph data-size="sm" className="trace-counts">
              {[
                t('thread.counts.roadmap-element', { count: counts['roadmap-element'] }),
                t('thread.counts.epic', { count: counts.epic }),
                t('thread.counts.issue', { count: counts.issue }),
              ].join(' · ')}
            </Paragraph>
            <div className="tags">
              <Button variant="secondary" data-size="sm" onClick={() => reset('all')}>
                {t('thread.expandAll')}
              </Button>
              <Button variant="tertiary" data-size="sm" onClick={() => reset('no-issues')}>
                {t('thread.collapseAll')}
              </Button>
            </div>
          </div>
          <TraceTree nodes={down} expansion={expansion} label={t('thread.downHeading')} />
        </>
      )}
    </section>
  );
}
