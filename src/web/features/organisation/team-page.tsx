import { Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Team } from '../../../contracts/organisation';
import { useAppPaths } from '../../api/client-context';
import { useFormat } from '../../i18n/format';
import { FieldList } from '../../ui/field-list';
import { LoadError, Loading } from '../../ui/query-state';
import { BacklogList } from './backlog-list';
import { EntityHeader, EntityPageFrame } from './entity-page-frame';
import { InitiativeLinesTable } from './initiative-lines-table';
import { useTeamLoad, type OrganisationData } from './organisation-queries';
import { Section } from './page-section';
import { AppLink, LinkList } from '../../ui/app-link';
import { TeamLoadTable } from './team-load-table';

/** One team: type, product groups, products, members, backlogs, allocated initiatives and load per quarter. */
export function TeamPage() {
  const id = useParams().id ?? '';
  return (
    <EntityPageFrame kind="team" id={id} find={(data) => data.teams.find((team) => team.id === id)}>
      {(team, data) => <TeamContent team={team} data={data} />}
    </EntityPageFrame>
  );
}

function TeamContent({ team, data }: { team: Team; data: OrganisationData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const paths = useAppPaths();
  const groups = data.productGroups.filter((group) => team.productGroupIds.includes(group.id));
  const products = data.products.filter((product) => team.productIds.includes(product.id));
  return (
    <>
      <EntityHeader kicker={t('organisation.team.kicker')} name={team.name}>
        <Tag data-size="sm" data-color="accent">
          {t(`organisation.teamType.${team.type}`)}
        </Tag>
      </EntityHeader>
      {team.description ? <Paragraph>{team.description}</Paragraph> : null}
      <FieldList
        items={[
          { label: t('organisation.fields.type'), value: t(`organisation.teamType.${team.type}`) },
          {
            label: t('organisation.fields.productGroups'),
            value: groups.length > 0 && (
              <LinkList
                links={groups.map((g) => ({ id: g.id, to: paths.productGroup(g.id), label: g.name }))}
              />
            ),
          },
          { label: t('organisation.fields.products'), value: format.list(products.map((p) => p.name)) },
          {
            label: t('organisation.fields.capacityPerQuarter'),
            value:
              team.capacityPersonMonthsPerQuarter !== null &&
              t('organisation.personMonths', { value: format.number(team.capacityPersonMonthsPerQuarter) }),
          },
        ]}
      />
      <div className="entity-columns">
        <Section title={t('organisation.team.members')}>
          <Members team={team} data={data} />
        </Section>
        <Section title={t('organisation.team.backlogs')}>
          <BacklogList backlogs={team.backlogs} />
        </Section>
      </div>
      <AllocationsAndLoad team={team} />
    </>
  );
}

function Members({ team, data }: { team: Team; data: OrganisationData }) {
  const { t } = useTranslation();
  const paths = useAppPaths();
  if (team.members.length === 0)
    return <Paragraph className="not-set">{t('organisation.team.noMembers')}</Paragraph>;
  const nameOf = (personId: string) =>
    data.people.find((person) => person.id === personId)?.name ??
    t('common.unknown', { id: personId.slice(0, 8) });
  const members = [...team.members].sort((a, b) =>
    nameOf(a.personId).localeCompare(nameOf(b.personId), 'nb'),
  );
  return (
    <ul className="plain-list team-members">
      {members.map((member) => (
        <li key={member.personId}>
          <AppLink to={paths.person(member.personId)}>{nameOf(member.personId)}</AppLink>
          {member.role ? <span className="subtle"> – {member.role}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function AllocationsAndLoad({ team }: { team: Team }) {
  const { t } = useTranslation();
  const format = useFormat();
  const load = useTeamLoad(team.id);
  const years = load.data?.quarters.filter((q) => q.quarter === 1).map((q) => q.year) ?? [];
  const body = (content: (report: NonNullable<typeof load.data>) => ReactNode) =>
    load.error ? (
      <LoadError error={load.error} onRetry={() => void load.refetch()} />
    ) : !load.data ? (
      <Loading />
    ) : (
      content(load.data)
    );
  return (
    <>
      <Section title={t('organisation.team.allocations')}>
        {body((report) => (
          <InitiativeLinesTable
            caption={t('organisation.team.allocationsCaption', { team: team.name })}
            lines={report.allocations}
            empty={t('organisation.team.noAllocations')}
            extra={[
              ...years.map((year) => ({
                key: `share-${year}`,
                header: t('organisation.team.sharePerQuarter', { year: String(year) }),
                numeric: true,
                cell: (line: (typeof report.allocations)[number]) =>
                  format.number(line.perQuarter.find((share) => share.year === year)?.personMonths ?? 0),
              })),
              {
                key: 'counts',
                header: t('organisation.team.countsTowardsLoad'),
                cell: (line) => (line.countsTowardsLoad ? t('common.yes') : t('common.no')),
              },
            ]}
          />
        ))}
      </Section>
      <Section title={t('organisation.team.load')}>
        {body((report) => (
          <TeamLoadTable load={report} />
        ))}
      </Section>
    </>
  );
}
