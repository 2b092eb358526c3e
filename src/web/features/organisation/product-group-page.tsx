import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ProductGroup } from '../../../contracts/organisation';
import { useAppPaths } from '../../api/client-context';
import { useInitiativeList } from '../../api/queries';
import { useFormat } from '../../i18n/format';
import { FieldList } from '../../ui/field-list';
import { LoadError, Loading } from '../../ui/query-state';
import { EntityHeader, EntityPageFrame } from './entity-page-frame';
import { InitiativeLinesTable } from './initiative-lines-table';
import type { OrganisationData } from './organisation-queries';
import { Section } from './page-section';
import { ProductGroupElements } from './product-group-elements';
import { AppLink } from '../../ui/app-link';

/** One product group: its leader, products, teams, allocated initiatives and roadmap elements. */
export function ProductGroupPage() {
  const id = useParams().id ?? '';
  return (
    <EntityPageFrame kind="productGroup" id={id} find={(data) => data.productGroups.find((g) => g.id === id)}>
      {(group, data) => <ProductGroupContent group={group} data={data} />}
    </EntityPageFrame>
  );
}

function ProductGroupContent({ group, data }: { group: ProductGroup; data: OrganisationData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const paths = useAppPaths();
  const leader = data.people.find((person) => person.id === group.leaderId);
  const products = data.products.filter((product) => product.productGroupId === group.id);
  const teams = data.teams.filter((team) => team.productGroupIds.includes(group.id));
  return (
    <>
      <EntityHeader kicker={t('organisation.productGroup.kicker')} name={group.name} />
      {group.description ? <Paragraph>{group.description}</Paragraph> : null}
      <FieldList
        items={[
          {
            label: t('organisation.fields.leader'),
            value: leader && <AppLink to={paths.person(leader.id)}>{leader.name}</AppLink>,
          },
          { label: t('organisation.fields.productCount'), value: format.number(products.length) },
          { label: t('organisation.fields.teamCount'), value: format.number(teams.length) },
        ]}
      />
      <div className="entity-columns">
        <Section title={t('organisation.fields.products')}>
          {products.length === 0 ? (
            <Paragraph className="not-set">{t('common.none')}</Paragraph>
          ) : (
            <ul className="plain-list described-list">
              {products.map((product) => (
                <li key={product.id}>
                  <strong>{product.name}</strong>
                  {product.description ? <span className="subtle"> – {product.description}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t('organisation.fields.teams')}>
          {teams.length === 0 ? (
            <Paragraph className="not-set">{t('common.none')}</Paragraph>
          ) : (
            <ul className="plain-list described-list">
              {teams.map((team) => (
                <li key={team.id}>
                  <AppLink to={paths.team(team.id)}>{team.name}</AppLink>
                  <span className="subtle"> – {t(`organisation.teamType.${team.type}`)}</span>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
      <Section title={t('organisation.productGroup.initiatives')}>
        <GroupInitiatives group={group} />
      </Section>
      <Section title={t('organisation.productGroup.elements')}>
        <ProductGroupElements products={products} />
      </Section>
    </>
  );
}

function GroupInitiatives({ group }: { group: ProductGroup }) {
  const { t } = useTranslation();
  const list = useInitiativeList({ productGroup: group.id });
  if (list.error) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data) return <Loading />;
  return (
    <>
      <Paragraph data-size="sm" className="subtle">
        {t('organisation.productGroup.initiativesIntro')}
      </Paragraph>
      <InitiativeLinesTable
        caption={t('organisation.productGroup.initiativesCaption', { group: group.name })}
        lines={list.data.items}
        empty={t('organisation.productGroup.noInitiatives')}
      />
    </>
  );
}
