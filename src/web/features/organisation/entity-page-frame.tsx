import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppPaths } from '../../api/client-context';
import { LoadError, Loading } from '../../ui/query-state';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useOrganisation, type OrganisationData } from './organisation-queries';
import { organisationTabPath } from './organisation-tabs';
import { AppLink } from '../../ui/app-link';

type Kind = 'team' | 'productGroup' | 'person';
const BACK_TAB = { team: 'teams', productGroup: 'productGroups', person: 'people' } as const;

/**
 * The frame of a team, product group or person page: the way back to its tab of the organisation
 * page, and the entity found in the organisation (or loading, a failed load, not found).
 */
export function EntityPageFrame<T extends { id: string; name: string }>({
  kind,
  id,
  find,
  children,
}: {
  kind: Kind;
  id: string;
  find: (data: OrganisationData) => T | undefined;
  children: (entity: T, data: OrganisationData) => ReactNode;
}) {
  const { t } = useTranslation();
  const paths = useAppPaths();
  const organisation = useOrganisation();
  const entity = organisation.data ? find(organisation.data) : undefined;
  useDocumentTitle(entity?.name ?? (organisation.data ? t('common.notFoundTitle') : undefined));
  const back = organisationTabPath(paths.organisation(), BACK_TAB[kind]);
  return (
    <div className={`page entity-page entity-page--${kind}`}>
      <div className="back-link">
        <AppLink to={back}>{t(`organisation.back.${kind}`)}</AppLink>
      </div>
      {organisation.error ? (
        <LoadError error={organisation.error} onRetry={() => void organisation.refetch()} />
      ) : !organisation.data ? (
        <Loading />
      ) : !entity ? (
        <>
          <Heading level={1} data-size="lg">
            {t('common.notFoundTitle')}
          </Heading>
          <Paragraph>{t(`organisation.notFound.${kind}`, { id })}</Paragraph>
        </>
      ) : (
        children(entity, organisation.data)
      )}
    </div>
  );
}

/** The page's heading: what kind of thing it is, its name, and any tags. */
export function EntityHeader({
  kicker,
  name,
  children,
}: {
  kicker: string;
  name: string;
  children?: ReactNode;
}) {
  return (
    <header className="entity-header">
      <Paragraph data-size="sm" className="entity-header__kicker">
        {kicker}
      </Paragraph>
      <Heading level={1} data-size="lg">
        {name}
      </Heading>
      {children ? <div className="tags">{children}</div> : null}
    </header>
  );
}
