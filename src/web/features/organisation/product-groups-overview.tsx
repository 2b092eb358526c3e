import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductGroup } from '../../../contracts/organisation';
import { useAppPaths } from '../../api/client-context';
import { useFormat } from '../../i18n/format';
import type { OrganisationData } from './organisation-queries';
import { AppLink, LinkList } from '../../ui/app-link';

/** Every product group as a card: its leader, products and teams. */
export function ProductGroupsOverview({ data }: { data: OrganisationData }) {
  const { t } = useTranslation();
  if (data.productGroups.length === 0)
    return <Paragraph className="not-set">{t('organisation.productGroups.empty')}</Paragraph>;
  return (
    <ul className="org-cards">
      {data.productGroups.map((group) => (
        <li key={group.id}>
          <ProductGroupCard group={group} data={data} />
        </li>
      ))}
    </ul>
  );
}

function ProductGroupCard({ group, data }: { group: ProductGroup; data: OrganisationData }) {
  const { t } = useTranslation();
  const paths = useAppPaths();
  const format = useFormat();
  const headingId = useId();
  const leader = data.people.find((person) => person.id === group.leaderId);
  const products = data.products.filter((product) => product.productGroupId === group.id);
  const teams = data.teams.filter((team) => team.productGroupIds.includes(group.id));
  return (
    <Card data-color="neutral" className="org-card" aria-labelledby={headingId} asChild>
      <article data-product-group={group.slug}>
        <Heading level={2} data-size="xs" id={headingId}>
          <AppLink to={paths.productGroup(group.id)}>{group.name}</AppLink>
        </Heading>
        {group.description ? <Paragraph data-size="sm">{group.description}</Paragraph> : null}
        <dl className="org-card__facts">
          <dt>{t('organisation.fields.leader')}</dt>
          <dd>
            {leader ? (
              <AppLink to={paths.person(leader.id)}>{leader.name}</AppLink>
            ) : (
              <span className="not-set">{t('common.notSet')}</span>
            )}
          </dd>
          <dt>{t('organisation.fields.products')}</dt>
          <dd>
            {products.length > 0 ? (
              format.list(products.map((product) => product.name))
            ) : (
              <span className="not-set">{t('common.none')}</span>
            )}
          </dd>
          <dt>{t('organisation.fields.teams')}</dt>
          <dd>
            {teams.length > 0 ? (
              <LinkList
                links={teams.map((team) => ({ id: team.id, to: paths.team(team.id), label: team.name }))}
              />
            ) : (
              <span className="not-set">{t('common.none')}</span>
            )}
          </dd>
        </dl>
      </article>
    </Card>
  );
}
