import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../../client';
import { INITIATIVE_STATUSES } from '../../../contracts/initiatives';
import type { PublicInitiative, PublicRoadmapElement } from '../../../contracts/public-roadmap';
import { usePublicClient } from '../../api/client-context';
import { useFormat } from '../../i18n/format';
import { FieldList, type FieldItem } from '../../ui/field-list';
import { HealthTag } from '../../ui/initiative-tags';
import { markdownValue } from '../../ui/markdown';
import { ProgressBar } from '../../ui/progress-bar';
import { LoadError, Loading } from '../../ui/query-state';
import { useDocumentTitle } from '../../ui/use-document-title';

/** Whether the answer carries a field: the organisation publishes only the fields it has chosen. */
const has = <T extends object>(item: T, field: keyof T) => item[field] !== undefined;

/**
 * An organisation's public roadmap, for anyone, without signing in: its initiatives and the roadmap
 * elements that deliver them, with only the fields the organisation has chosen to publish.
 */
export function PublicRoadmapPage() {
  const { t } = useTranslation();
  const org = useParams().org ?? '';
  const client = usePublicClient(org);
  const roadmap = useQuery({
    queryKey: ['public-roadmap', org],
    queryFn: () => client.accounts.publicRoadmap(org),
  });
  const name = roadmap.data?.organisation.name;
  useDocumentTitle(name ? t('publicRoadmap.titleFor', { name }) : t('publicRoadmap.title'));
  const notPublished = roadmap.error instanceof ApiError && roadmap.error.status === 404;

  if (notPublished) {
    return (
      <div className="page public-roadmap">
        <Heading level={1} data-size="lg">
          {t('publicRoadmap.notPublishedHeading')}
        </Heading>
        <Paragraph>{t('publicRoadmap.notPublished', { org })}</Paragraph>
      </div>
    );
  }
  if (roadmap.error) {
    return (
      <div className="page public-roadmap">
        <LoadError error={roadmap.error} onRetry={() => void roadmap.refetch()} />
      </div>
    );
  }
  if (!roadmap.data) {
    return (
      <div className="page public-roadmap">
        <Loading />
      </div>
    );
  }
  const { organisation, initiatives, elements } = roadmap.data;
  const published = new Set(initiatives.map((initiative) => initiative.id));
  const unlinked = elements.filter((element) => !element.initiativeIds.some((id) => published.has(id)));
  return (
    <div className="page public-roadmap">
      <div className="page__intro">
        <Heading level={1} data-size="lg">
          {t('publicRoadmap.titleFor', { name: organisation.name })}
        </Heading>
        <Paragraph>{t('publicRoadmap.intro', { name: organisation.name })}</Paragraph>
      </div>
      {initiatives.length === 0 ? (
        <Paragraph className="not-set">{t('publicRoadmap.noInitiatives')}</Paragraph>
      ) : (
        <ol className="public-roadmap__initiatives">
          {initiatives.map((initiative) => (
            <li key={initiative.id}>
              <InitiativeEntry
                initiative={initiative}
                elements={elements.filter((element) => element.initiativeIds.includes(initiative.id))}
              />
            </li>
          ))}
        </ol>
      )}
      {unlinked.length > 0 ? (
        <section aria-labelledby="public-other-elements" className="page-section">
          <Heading level={2} data-size="sm" id="public-other-elements">
            {t('publicRoadmap.otherElements')}
          </Heading>
          <ElementList elements={unlinked} headingLevel={3} />
        </section>
      ) : null}
    </div>
  );
}

function InitiativeEntry({
  initiative,
  elements,
}: {
  initiative: PublicInitiative;
  elements: PublicRoadmapElement[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const status = initiative.status;
  const fields: FieldItem[] = [];
  if (has(initiative, 'phase')) {
    const name = initiative.phaseName ? format.localised(initiative.phaseName) : initiative.phase;
    fields.push({ label: t('fields.phase'), value: name });
  }
  if (status !== undefined) {
    fields.push({
      label: t('fields.status'),
      value: (INITIATIVE_STATUSES as readonly string[]).includes(status)
        ? t(`values.status.${status as (typeof INITIATIVE_STATUSES)[number]}`)
        : status,
    });
  }
  if (has(initiative, 'progress')) {
    fields.push({ label: t('progress.label'), value: <ProgressBar value={initiative.progress ?? null} /> });
  }
  if (has(initiative, 'health')) {
    fields.push({
      label: t('fields.health'),
      value: initiative.health ? <HealthTag health={initiative.health} /> : null,
    });
  }
  if (has(initiative, 'problemStatement')) {
    fields.push({
      label: t('fields.problemStatement'),
      value: markdownValue(initiative.problemStatement),
      long: true,
    });
  }
  if (has(initiative, 'description')) {
    fields.push({ label: t('fields.description'), value: markdownValue(initiative.description), long: true });
  }
  return (
    <article className="public-initiative" aria-labelledby={headingId} data-key={initiative.key}>
      <Heading level={2} data-size="sm" id={headingId}>
        <span className="public-initiative__key">{initiative.key}</span> {initiative.title}
      </Heading>
      {fields.length > 0 ? <FieldList items={fields} /> : null}
      <Heading level={3} data-size="2xs">
        {t('publicRoadmap.elementsHeading')}
      </Heading>
      {elements.length === 0 ? (
        <Paragraph className="not-set">{t('publicRoadmap.noElements')}</Paragraph>
      ) : (
        <ElementList elements={elements} headingLevel={4} />
      )}
    </article>
  );
}

function ElementList({ elements, headingLevel }: { elements: PublicRoadmapElement[]; headingLevel: 3 | 4 }) {
  return (
    <ul className="public-elements">
      {elements.map((element) => (
        <li key={element.id} className="public-element" data-element={element.id}>
          <ElementEntry element={element} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}

function ElementEntry({ element, headingLevel }: { element: PublicRoadmapElement; headingLevel: 3 | 4 }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fields: FieldItem[] = [];
  if (element.productName) fields.push({ label: t('publicRoadmap.product'), value: element.productName });
  if (element.status !== undefined) {
    fields.push({
      label: t('publicRoadmap.elementFields.status'),
      value: t(`thread.elementStatus.${element.status}`),
    });
  }
  if (has(element, 'startOn')) {
    fields.push({
      label: t('publicRoadmap.elementFields.startOn'),
      value: element.startOn ? format.date(element.startOn) : null,
    });
  }
  if (has(element, 'endOn')) {
    fields.push({
      label: t('publicRoadmap.elementFields.endOn'),
      value: element.endOn ? format.date(element.endOn) : null,
    });
  }
  if (has(element, 'progress')) {
    fields.push({ label: t('progress.label'), value: <ProgressBar value={element.progress ?? null} /> });
  }
  if (has(element, 'milestone')) {
    fields.push({ label: t('publicRoadmap.elementFields.milestone'), value: element.milestone });
  }
  if (has(element, 'overview')) {
    fields.push({
      label: t('publicRoadmap.elementFields.overview'),
      value: markdownValue(element.overview),
      long: true,
    });
  }
  if (has(element, 'expectedResult')) {
    fields.push({
      label: t('publicRoadmap.elementFields.expectedResult'),
      value: markdownValue(element.expectedResult),
      long: true,
    });
  }
  return (
    <>
      <Heading level={headingLevel} data-size="2xs" className="public-element__title">
        {element.title}
      </Heading>
      {fields.length > 0 ? <FieldList items={fields} /> : null}
    </>
  );
}
