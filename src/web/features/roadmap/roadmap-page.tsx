import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoadmapElement } from '../../../contracts/roadmap';
import { LoadError, Loading } from '../../ui/query-state';
import { useDocumentTitle } from '../../ui/use-document-title';
import { RoadmapFilters } from './roadmap-filters';
import { filterElements, isDated, labelsIn, type Catalog } from './roadmap-model';
import { useRoadmap } from './roadmap-queries';
import { useRoadmapSearch, type RoadmapSearch } from './roadmap-search';
import { RoadmapTimeline } from './roadmap-timeline';
import { UndatedElements } from './undated-elements';

/** The roadmap: a timeline by product group and product, filtered through the URL. */
export function RoadmapPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('roadmap.title'));
  const { search, update } = useRoadmapSearch();
  const roadmap = useRoadmap();
  return (
    <div className="page page--wide roadmap-page">
      <div className="page__intro">
        <Heading level={1} data-size="lg">
          {t('roadmap.title')}
        </Heading>
        <Paragraph>{t('roadmap.intro')}</Paragraph>
      </div>
      {roadmap.error ? (
        <LoadError error={roadmap.error} onRetry={() => void roadmap.refetch()} />
      ) : !roadmap.data ? (
        <Loading />
      ) : (
        <RoadmapContent
          catalog={roadmap.data}
          elements={roadmap.data.elements}
          search={search}
          onChange={update}
        />
      )}
    </div>
  );
}

function RoadmapContent({
  catalog,
  elements,
  search,
  onChange,
}: {
  catalog: Catalog;
  elements: RoadmapElement[];
  search: RoadmapSearch;
  onChange: ReturnType<typeof useRoadmapSearch>['update'];
}) {
  const { t } = useTranslation();
  const shown = useMemo(() => filterElements(elements, search, catalog), [elements, search, catalog]);
  const dated = useMemo(() => shown.filter(isDated), [shown]);
  const undated = shown.filter((element) => !isDated(element));
  const labels = useMemo(() => labelsIn(elements), [elements]);
  const titles = useMemo(() => new Map(elements.map((element) => [element.id, element.title])), [elements]);
  const titleOf = (id: string) => titles.get(id) ?? t('roadmap.timeline.unknownElement');
  const products = new Map(catalog.products.map((product) => [product.id, product.name]));
  const productOf = (element: RoadmapElement) =>
    (element.productId && products.get(element.productId)) || null;
  return (
    <>
      <RoadmapFilters search={search} catalog={catalog} labels={labels} onChange={onChange} />
      <p role="status" className="toolbar__count">
        {t('roadmap.count', { shown: String(shown.length), count: elements.length })}
      </p>
      {shown.length === 0 ? <Paragraph>{t('roadmap.empty')}</Paragraph> : null}
      {dated.length > 0 ? <RoadmapTimeline elements={dated} catalog={catalog} titleOf={titleOf} /> : null}
      {undated.length > 0 ? <UndatedElements elements={undated} productOf={productOf} /> : null}
    </>
  );
}
