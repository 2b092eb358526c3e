import {
  Link,
  Paragraph,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useAppPaths } from '../../api/client-context';
import { useFormat } from '../../i18n/format';
import { ScrollableTable } from '../../ui/scrollable-table';
import type { OrganisationData } from './organisation-queries';
import { AppLink, LinkList } from '../../ui/app-link';
import { sentenceList } from './sentence-list';

/** Every person: title, roles, e-mail and the teams they are in. */
export function PeopleOverview({ data }: { data: OrganisationData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const paths = useAppPaths();
  if (data.people.length === 0)
    return <Paragraph className="not-set">{t('organisation.people.empty')}</Paragraph>;
  return (
    <ScrollableTable caption={t('organisation.people.caption')} zebra className="org-table">
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t('organisation.fields.name')}</TableHeaderCell>
          <TableHeaderCell>{t('organisation.fields.jobTitle')}</TableHeaderCell>
          <TableHeaderCell>{t('organisation.fields.roles')}</TableHeaderCell>
          <TableHeaderCell>{t('organisation.fields.teams')}</TableHeaderCell>
          <TableHeaderCell>{t('organisation.fields.email')}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.people.map((person) => (
          <TableRow key={person.id}>
            <TableCell>
              <AppLink to={paths.person(person.id)}>{person.name}</AppLink>
            </TableCell>
            <TableCell>{person.title}</TableCell>
            <TableCell>
              {sentenceList(
                format,
                person.roles.map((role) => t(`organisation.personRole.${role}`)),
              )}
            </TableCell>
            <TableCell>
              <LinkList
                links={data.teams
                  .filter((team) => team.members.some((member) => member.personId === person.id))
                  .map((team) => ({ id: team.id, to: paths.team(team.id), label: team.name }))}
              />
            </TableCell>
            <TableCell>
              {person.email ? <Link href={`mailto:${person.email}`}>{person.email}</Link> : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollableTable>
  );
}
