import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { RoadmapElement } from '../../../contracts/roadmap';
import { useAppPaths } from '../../api/client-context';
import { useFormat } from '../../i18n/format';
import { ProgressBar } from '../../ui/progress-bar';
import { ElementStatusTag } from './element-status-tag';

/** Elements missing a start or an end date: they cannot be drawn, so they are listed under the timeline. */
export function UndatedElements({
  elements,
  productOf,
}: {
  elements: RoadmapElement[];
  productOf: (element: RoadmapElement) => string | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const paths = useAppPaths();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="page-section roadmap-undated">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('roadmap.undated.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('roadmap.undated.intro')}</Paragraph>
      <ul className="roadmap-undated__list">
        {elements.map((element) => (
          <li key={element.id} className="roadmap-undated__item" data-element={element.id}>
            <Link asChild>
              <RouterLink to={paths.roadmapElement(element.id)}>{element.title}</RouterLink>
            </Link>
            <span className="roadmap-undated__meta">
              {productOf(element) ? <span>{productOf(element)}</span> : null}
              <ElementStatusTag status={element.status} />
              {element.startOn ? (
                <span>{t('roadmap.undated.startOnly', { date: format.date(element.startOn) })}</span>
              ) : null}
              {element.endOn ? (
                <span>{t('roadmap.undated.endOnly', { date: format.date(element.endOn) })}</span>
              ) : null}
              <ProgressBar value={element.progress} label={t('progress.label')} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
