import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiError } from '../../../client';
import type { RoadmapElement } from '../../../contracts/roadmap';
import { useAppPaths } from '../../api/client-context';
import { HealthTag } from '../../ui/initiative-tags';
import { LoadError, Loading } from '../../ui/query-state';
import { useDocumentTitle } from '../../ui/use-document-title';
import { ElementEpics } from './element-epics';
import { ElementLinks } from './element-links';
import { ElementStatusTag } from './element-status-tag';
import { ElementStatusUpdates } from './element-status-updates';
import { ElementDescription, ElementSummary } from './element-summary';
import { useRoadmap, useRoadmapElement } from './roadmap-queries';

/** One roadmap element: its fields and texts, dependencies, initiatives, epics with issues and status updates. */
export function RoadmapElementPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const paths = useAppPaths();
  const element = useRoadmapElement(id);
  const roadmap = useRoadmap();
  useDocumentTitle(element.data?.title ?? t('roadmap.title'));
  const notFound =
    element.error instanceof ApiError && (element.error.code === 'not-found' || element.error.status === 400);
  return (
    <div className="page page--wide roadmap-element-page">
      <Link asChild className="back-link">
        <RouterLink to={paths.roadmap()}>{t('roadmap.element.back')}</RouterLink>
      </Link>
      {notFound ? (
        <>
          <Heading level={1} data-size="lg">
            {t('common.notFoundTitle')}
          </Heading>
          <Paragraph>{t('roadmap.element.notFound', { id })}</Paragraph>
        </>
      ) : element.error || roadmap.error ? (
        <LoadError
          error={element.error ?? roadmap.error}
          onRetry={() => void Promise.all([element.refetch(), roadmap.refetch()])}
        />
      ) : !element.data || !roadmap.data ? (
        <Loading />
      ) : (
        <ElementContent element={element.data} roadmap={roadmap.data} />
      )}
    </div>
  );
}

function ElementContent({
  element,
  roadmap,
}: {
  element: RoadmapElement;
  roadmap: NonNullable<ReturnType<typeof useRoadmap>['data']>;
}) {
  const { t } = useTranslation();
  const product = roadmap.products.find((p) => p.id === element.productId);
  const group = roadmap.groups.find((g) => g.id === product?.productGroupId);
  return (
    <>
      <header className="element-header">
        {product ? (
          <Paragraph data-size="sm" className="element-header__where">
            {group ? `${group.name} · ${product.name}` : product.name}
          </Paragraph>
        ) : null}
        <Heading level={1} data-size="lg">
          {element.title}
        </Heading>
        <div className="tags">
          <ElementStatusTag status={element.status} />
          {element.proposedStatus ? (
            <Tag data-size="sm" data-color="warning" variant="outline" className="tag">
              {t('roadmap.element.proposedStatus', {
                status: t(`thread.elementStatus.${element.proposedStatus}`),
              })}
            </Tag>
          ) : null}
          <HealthTag health={element.health} />
        </div>
      </header>
      <div className="element-layout">
        <div className="element-layout__main">
          <ElementSummary element={element} product={product} group={group} />
          <ElementDescription element={element} />
          <ElementEpics elementId={element.id} />
        </div>
        <div className="element-layout__side">
          <ElementLinks element={element} elements={roadmap.elements} />
          <ElementStatusUpdates elementId={element.id} />
        </div>
      </div>
    </>
  );
}
