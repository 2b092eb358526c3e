import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useLayoutEffect, useMemo, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoadmapElement } from '../../../contracts/roadmap';
import { dependencyPairs } from './dependency-arrows';
import { DependencyLines } from './dependency-lines';
import { groupElements, type Catalog, type GroupRows } from './roadmap-model';
import { positionOf, quarterOf, quarterRange, sameQuarter, todayIso, type Quarter } from './roadmap-layout';
import { TimelineRow } from './timeline-row';

type DatedElement = RoadmapElement & { startOn: string; endOn: string };

/**
 * The dated elements as bars on a line of quarters, by product group and product, with today
 * marked and arrows for dependencies. Wider than a phone: it scrolls sideways inside its own frame.
 */
export function RoadmapTimeline({
  elements,
  catalog,
  titleOf,
}: {
  elements: DatedElement[];
  catalog: Catalog;
  titleOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  const [canvas, setCanvas] = useState<HTMLDivElement | null>(null);
  const today = todayIso();
  const quarters = useMemo(
    () =>
      quarterRange(
        elements.flatMap((element) => [element.startOn, element.endOn]),
        today,
      ),
    [elements, today],
  );
  const groups = useMemo(() => groupElements(elements, catalog), [elements, catalog]);
  const shown = useMemo(() => new Set(elements.map((element) => element.id)), [elements]);
  const dependencies = useMemo(
    () => dependencyPairs(elements).filter((pair) => shown.has(pair.fromId)),
    [elements, shown],
  );
  useScrollToToday(canvas);
  const layoutKey = elements.map((element) => element.id).join(',');
  const style = {
    '--quarters': quarters.length,
    '--today': positionOf(today, quarters, 'start'),
  } as CSSProperties;
  return (
    <div className="roadmap-timeline">
      <Paragraph data-size="sm" className="subtle">
        {t('roadmap.timeline.intro')}
      </Paragraph>
      <div
        className="roadmap-timeline__scroll"
        role="region"
        aria-label={t('roadmap.timeline.label')}
        tabIndex={0}
      >
        <div className="roadmap-timeline__canvas" ref={setCanvas} style={style}>
          <QuarterScale quarters={quarters} current={quarterOf(today)} />
          {groups.map((row) => (
            <GroupSection key={row.group?.id ?? 'none'} row={row} quarters={quarters} titleOf={titleOf} />
          ))}
          <div className="roadmap-timeline__today" aria-hidden="true" />
          <DependencyLines canvas={canvas} dependencies={dependencies} layoutKey={layoutKey} />
        </div>
      </div>
    </div>
  );
}

/** When the timeline is wider than its frame, it opens with today in view rather than its first quarter. */
function useScrollToToday(canvas: HTMLElement | null) {
  useLayoutEffect(() => {
    const frame = canvas?.parentElement;
    const today = canvas?.querySelector('.roadmap-timeline__today');
    if (!frame || !today || frame.scrollWidth <= frame.clientWidth) return;
    const offset = today.getBoundingClientRect().left - frame.getBoundingClientRect().left;
    frame.scrollTo({ left: Math.max(0, offset - frame.clientWidth / 2) });
  }, [canvas]);
}

/** The quarters across the top, the current one named "now" (not only shaded). Dates are in each bar's name. */
function QuarterScale({ quarters, current }: { quarters: readonly Quarter[]; current: Quarter }) {
  const { t } = useTranslation();
  return (
    <div className="roadmap-scale" aria-hidden="true">
      <span className="roadmap-scale__corner" />
      <ol className="roadmap-scale__quarters">
        {quarters.map((quarter) => {
          const isCurrent = sameQuarter(quarter, current);
          return (
            <li key={`${quarter.year}-${quarter.quarter}`} data-current={isCurrent || undefined}>
              {t('roadmap.timeline.quarter', {
                quarter: String(quarter.quarter),
                year: String(quarter.year),
              })}
              {isCurrent ? <span className="roadmap-scale__now">{t('roadmap.timeline.now')}</span> : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function GroupSection({
  row,
  quarters,
  titleOf,
}: {
  row: GroupRows;
  quarters: readonly Quarter[];
  titleOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="roadmap-group" aria-labelledby={headingId} data-group={row.group?.slug ?? ''}>
      <Heading level={2} data-size="xs" id={headingId} className="roadmap-group__name">
        {row.group?.name ?? t('roadmap.timeline.noGroup')}
      </Heading>
      {row.products.map(({ product, elements }) => (
        <div key={product?.id ?? 'none'} className="roadmap-product" data-product={product?.slug ?? ''}>
          <Heading level={3} data-size="2xs" className="roadmap-product__name">
            {product?.name ?? t('roadmap.timeline.noProduct')}
          </Heading>
          <ul className="roadmap-rows">
            {elements.map((element) => (
              <TimelineRow
                key={element.id}
                element={element as DatedElement}
                quarters={quarters}
                titleOf={titleOf}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
