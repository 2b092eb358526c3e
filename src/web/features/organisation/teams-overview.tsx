import {
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

/** Every team: its type in words, product groups, members and capacity. */
export function TeamsOverview({ data }: { data: OrganisationData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const paths = useAppPaths();
  if (data.teams.length === 0)
    return <Paragraph className="not-set">{t('organisation.teams.empty')}</Paragraph>;
  const groupsOf = (ids: string[]) =>
    data.productGroups
      .filter((group) => ids.includes(group.id))
      .map((group) => ({ id: group.id, to: paths.productGroup(group.id), label: group.name }));
  return (
    <ScrollableTable caption={t('organisation.teams.caption')} zebra className="org-table">
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t('organisation.fields.team')}</TableHeaderCell>
          <TableHeaderCell>{t('organisation.fields.type')}</TableHeaderCell>
          <TableHeaderCell>{t('organisation.fields.productGroups')}</TableHeaderCell>
          <TableHeaderCell className="number">{t('organisation.fields.memberCount')}</TableHeaderCell>
          <TableHeaderCell className="number">{t('organisation.fields.capacity')}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.teams.map((team) => (
          <TableRow key={team.id} data-team={team.slug}>
            <TableCell>
              <AppLink to={paths.team(team.id)}>{team.name}</AppLink>
            </TableCell>
            <TableCell>{t(`organisation.teamType.${team.type}`)}</TableCell>
            <TableCell>
              <LinkList links={groupsOf(team.productGroupIds)} />
            </TableCell>
            <TableCell className="number">{format.number(team.members.length)}</TableCell>
            <TableCell className="number">
              {team.capacityPersonMonthsPerQuarter === null ? (
                <span className="not-set">{t('common.notSet')}</span>
              ) : (
                t('organisation.personMonths', {
                  value: format.number(team.capacityPersonMonthsPerQuarter),
                })
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollableTable>
  );
}
