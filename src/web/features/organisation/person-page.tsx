import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Person, WorkingGroup } from '../../../contracts/organisation';
import { useAppPaths } from '../../api/client-context';
import { useFormat } from '../../i18n/format';
import { FieldList } from '../../ui/field-list';
import { LoadError, Loading } from '../../ui/query-state';
import { EntityHeader, EntityPageFrame } from './entity-page-frame';
import { InitiativeLinesTable } from './initiative-lines-table';
import { usePersonInitiatives, type OrganisationData } from './organisation-queries';
import { Section } from './page-section';
import { AppLink, LinkList } from '../../ui/app-link';
import { sentenceList } from './sentence-list';
import { useWorkingGroupPeriod } from './working-group-period';

/** One person: roles, teams, working groups, and the initiatives they own, submitted or are responsible for. */
export function PersonPage() {
  const id = useParams().id ?? '';
  return (
    <EntityPageFrame kind="person" id={id} find={(data) => data.people.find((person) => person.id === id)}>
      {(person, data) => <PersonContent person={person} data={data} />}
    </EntityPageFrame>
  );
}

function PersonContent({ person, data }: { person: Person; data: OrganisationData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const paths = useAppPaths();
  const leads = data.productGroups.filter((group) => group.leaderId === person.id);
  const teams = data.teams.flatMap((team) => {
    const member = team.members.find((m) => m.personId === person.id);
    return member ? [{ team, role: member.role }] : [];
  });
  const groups = data.workingGroups.filter((group) => group.memberIds.includes(person.id));
  return (
    <>
      <EntityHeader kicker={t('organisation.person.kicker')} name={person.name} />
      <FieldList
        items={[
          { label: t('organisation.fields.jobTitle'), value: person.title },
          {
            label: t('organisation.fields.email'),
            value: person.email && <Link href={`mailto:${person.email}`}>{person.email}</Link>,
          },
          {
            label: t('organisation.fields.roles'),
            value: sentenceList(
              format,
              person.roles.map((role) => t(`organisation.personRole.${role}`)),
            ),
          },
          {
            label: t('organisation.person.leads'),
            value: leads.length > 0 && (
              <LinkList
                links={leads.map((g) => ({ id: g.id, to: paths.productGroup(g.id), label: g.name }))}
              />
            ),
          },
        ]}
      />
      <div className="entity-columns">
        <Section title={t('organisation.fields.teams')}>
          {teams.length === 0 ? (
            <Paragraph className="not-set">{t('organisation.person.noTeams')}</Paragraph>
          ) : (
            <ul className="plain-list described-list">
              {teams.map(({ team, role }) => (
                <li key={team.id}>
                  <AppLink to={paths.team(team.id)}>{team.name}</AppLink>
                  {role ? <span className="subtle"> – {role}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t('organisation.person.workingGroups')}>
          {groups.length === 0 ? (
            <Paragraph className="not-set">{t('organisation.person.noWorkingGroups')}</Paragraph>
          ) : (
            <ul className="plain-list described-list">
              {groups.map((group) => (
                <WorkingGroupLine key={group.id} group={group} />
              ))}
            </ul>
          )}
        </Section>
      </div>
      <Section title={t('organisation.person.initiatives')}>
        <PersonInitiatives person={person} />
      </Section>
    </>
  );
}

function WorkingGroupLine({ group }: { group: WorkingGroup }) {
  const period = useWorkingGroupPeriod(group);
  return (
    <li>
      <strong>{group.name}</strong>
      {period.text ? <span className="subtle"> – {period.text}</span> : null}
    </li>
  );
}

function PersonInitiatives({ person }: { person: Person }) {
  const { t } = useTranslation();
  const format = useFormat();
  const initiatives = usePersonInitiatives(person.id);
  if (initiatives.error)
    return <LoadError error={initiatives.error} onRetry={() => void initiatives.refetch()} />;
  if (!initiatives.data) return <Loading />;
  return (
    <InitiativeLinesTable
      caption={t('organisation.person.initiativesCaption', { name: person.name })}
      lines={initiatives.data}
      empty={t('organisation.person.noInitiatives')}
      extra={[
        {
          key: 'roles',
          header: t('organisation.person.roleColumn'),
          cell: (line) =>
            sentenceList(
              format,
              line.roles.map((role) => t(`organisation.person.role.${role}`)),
            ),
        },
      ]}
    />
  );
}
