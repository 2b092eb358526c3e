import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { RoadmapElement } from '../../../contracts/roadmap';
import { useAppPaths } from '../../api/client-context';
import { useFormat } from '../../i18n/format';
import { ELEMENT_STATUS_COLOR, ElementStatusTag } from './element-status-tag';
import { barPlacement, type Quarter } from './roadmap-layout';

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/**
 * One element on the timeline: its title, status and progress in the left column, and a bar from
 * its start to its end, filled as far as it has come. The bar is the link people tab to; its name
 * says everything the row shows, and which elements it depends on (the arrows only draw that).
 */
export function TimelineRow({
  element,
  quarters,
  titleOf,
}: {
  element: RoadmapElement & { startOn: string; endOn: string };
  quarters: readonly Quarter[];
  titleOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const paths = useAppPaths();
  const to = paths.roadmapElement(element.id);
  const place = barPlacement(element.startOn, element.endOn, quarters);
  const progress = element.progress === null ? null : clamp(element.progress);
  const progressText = progress === null ? t('progress.notMeasured') : format.percent(progress);
  const period = t('roadmap.timeline.period', {
    start: format.date(element.startOn),
    end: format.date(element.endOn),
  });
  const dependsOn = element.dependsOnIds.map(titleOf);
  return (
    <li className="roadmap-row" data-element={element.id}>
      {/* The same link for the mouse; keyboard and screen readers use the bar's. */}
      <RouterLink to={to} className="roadmap-row__label" tabIndex={-1} aria-hidden="true">
        <span className="roadmap-row__title">{element.title}</span>
        <span className="roadmap-row__meta">
          <ElementStatusTag status={element.status} />
          <span className="roadmap-row__progress" data-measured={progress !== null}>
            {progressText}
          </span>
        </span>
      </RouterLink>
      <div className="roadmap-row__track">
        <RouterLink
          to={to}
          className="roadmap-bar"
          data-bar={element.id}
          data-status={element.status}
          data-color={ELEMENT_STATUS_COLOR[element.status]}
          style={{ '--bar-start': place.start, '--bar-width': place.width } as CSSProperties}
        >
          {progress === null ? null : (
            <span
              className="roadmap-bar__fill"
              aria-hidden="true"
              style={{ inlineSize: `${progress * 100}%` }}
            />
          )}
          <span className="ds-sr-only">
            {t('roadmap.timeline.barName', {
              title: element.title,
              status: t(`thread.elementStatus.${element.status}`),
              period,
              progress: progressText,
            })}
          </span>
        </RouterLink>
      </div>
      {dependsOn.length > 0 ? (
        <p className="ds-sr-only">{t('roadmap.timeline.dependsOn', { list: format.list(dependsOn) })}</p>
      ) : null}
    </li>
  );
}
