import { Link, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Product, ProductGroup } from '../../../contracts/organisation';
import type { RoadmapElement } from '../../../contracts/roadmap';
import { useAppPaths } from '../../api/client-context';
import { useFormat } from '../../i18n/format';
import { FieldList } from '../../ui/field-list';
import { markdownValue } from '../../ui/markdown';
import { ProgressBar } from '../../ui/progress-bar';
import { PageSection } from '../initiatives/initiative-overview';
import { githubAddress, githubRefOf } from './issue-state';

/** Where the element belongs, when it runs, how big it is and how far it has come. */
export function ElementSummary({
  element,
  product,
  group,
}: {
  element: RoadmapElement;
  product: Product | undefined;
  group: ProductGroup | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const paths = useAppPaths();
  const ref = githubRefOf(element);
  const address = githubAddress(element);
  const computed = element.rollup.progress;
  return (
    <PageSection title={t('roadmap.element.summary')} className="element-summary">
      <FieldList
        items={[
          { label: t('roadmap.element.product'), value: product?.name },
          {
            label: t('roadmap.element.productGroup'),
            value: group && (
              <Link asChild>
                <RouterLink to={paths.productGroup(group.id)}>{group.name}</RouterLink>
              </Link>
            ),
          },
          { label: t('roadmap.element.status'), value: t(`thread.elementStatus.${element.status}`) },
          { label: t('roadmap.element.startOn'), value: element.startOn && format.date(element.startOn) },
          { label: t('roadmap.element.endOn'), value: element.endOn && format.date(element.endOn) },
          {
            label: t('roadmap.element.estimate'),
            value:
              element.estimatePersonWeeks !== null &&
              t('roadmap.element.estimateValue', {
                count: element.estimatePersonWeeks,
                value: format.number(element.estimatePersonWeeks),
              }),
          },
          { label: t('roadmap.element.milestone'), value: element.milestone },
          {
            label: t('roadmap.element.progress'),
            value: (
              <span className="element-summary__progress">
                <ProgressBar value={element.progress} />
                {element.progressOverride !== null ? (
                  <span className="subtle">
                    {t('roadmap.element.progressOverridden', {
                      computed: computed === null ? t('progress.notMeasured') : format.percent(computed),
                    })}
                  </span>
                ) : null}
              </span>
            ),
          },
          {
            label: t('roadmap.element.delivered'),
            value: element.rollup.delivered
              ? t('roadmap.element.deliveredYes')
              : t('roadmap.element.deliveredNo'),
          },
          {
            label: t('roadmap.element.labels'),
            value: element.labels.length > 0 && (
              <span className="tags">
                {element.labels.map((label) => (
                  <Tag key={label} data-size="sm" data-color="neutral" variant="outline" className="tag">
                    {label}
                  </Tag>
                ))}
              </span>
            ),
          },
          {
            label: t('roadmap.element.github'),
            value: ref && address && (
              <Link href={address} rel="noreferrer">
                {ref}
              </Link>
            ),
          },
        ]}
      />
    </PageSection>
  );
}

/** Overordnet beskrivelse, forventet resultat and hvordan skal det fungere, as the roadmap's template has them. */
export function ElementDescription({ element }: { element: RoadmapElement }) {
  const { t } = useTranslation();
  return (
    <PageSection title={t('roadmap.element.description')} className="element-description">
      <FieldList
        items={[
          { label: t('roadmap.element.overview'), value: markdownValue(element.overview), long: true },
          {
            label: t('roadmap.element.expectedResult'),
            value: markdownValue(element.expectedResult),
            long: true,
          },
          { label: t('roadmap.element.howItWorks'), value: markdownValue(element.howItWorks), long: true },
        ]}
      />
    </PageSection>
  );
}
