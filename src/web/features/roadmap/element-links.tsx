import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { RoadmapElement } from '../../../contracts/roadmap';
import { useAppPaths } from '../../api/client-context';
import { useInitiativesById } from '../../api/queries';
import { FieldList } from '../../ui/field-list';
import { LoadError, Loading } from '../../ui/query-state';
import { PageSection } from '../initiatives/initiative-overview';
import { ElementStatusTag } from './element-status-tag';

/** What the element waits for, what waits for it (both as links), and the initiatives it serves. */
export function ElementLinks({
  element,
  elements,
}: {
  element: RoadmapElement;
  /** Every element of the organisation, to name the dependencies and find the dependents. */
  elements: readonly RoadmapElement[];
}) {
  const { t } = useTranslation();
  const byId = new Map(elements.map((other) => [other.id, other]));
  const dependsOn = element.dependsOnIds.map((id) => byId.get(id) ?? id);
  const dependents = elements.filter((other) => other.dependsOnIds.includes(element.id));
  return (
    <>
      <PageSection title={t('roadmap.element.dependencies')} className="element-dependencies">
        <FieldList
          items={[
            {
              label: t('roadmap.element.dependsOn'),
              value: dependsOn.length > 0 && <ElementList items={dependsOn} />,
              long: true,
            },
            {
              label: t('roadmap.element.dependents'),
              value: dependents.length > 0 && <ElementList items={dependents} />,
              long: true,
            },
          ]}
        />
      </PageSection>
      <PageSection title={t('roadmap.element.initiatives')} className="element-initiatives">
        {element.initiativeIds.length === 0 ? (
          <Paragraph className="not-set">{t('roadmap.element.noInitiatives')}</Paragraph>
        ) : (
          <InitiativeList ids={element.initiativeIds} />
        )}
      </PageSection>
    </>
  );
}

/** Elements as links with their status; an id no element has any more is shown as it is. */
function ElementList({ items }: { items: (RoadmapElement | string)[] }) {
  const paths = useAppPaths();
  return (
    <ul className="plain-list element-link-list">
      {items.map((item) =>
        typeof item === 'string' ? (
          <li key={item}>{item}</li>
        ) : (
          <li key={item.id}>
            <Link asChild>
              <RouterLink to={paths.roadmapElement(item.id)}>{item.title}</RouterLink>
            </Link>{' '}
            <ElementStatusTag status={item.status} />
          </li>
        ),
      )}
    </ul>
  );
}

function InitiativeList({ ids }: { ids: readonly string[] }) {
  const paths = useAppPaths();
  const initiatives = useInitiativesById(ids);
  const failed = initiatives.find((query) => query.error);
  if (failed) return <LoadError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (initiatives.some((query) => !query.data)) return <Loading />;
  return (
    <ul className="plain-list element-link-list">
      {initiatives.map(({ data }) =>
        data ? (
          <li key={data.id}>
            <Link asChild>
              <RouterLink to={paths.initiative(data.key)}>
                <span className="element-link-list__key">{data.key}</span> {data.title}
              </RouterLink>
            </Link>
          </li>
        ) : null,
      )}
    </ul>
  );
}
