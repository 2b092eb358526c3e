import {
  Paragraph,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AccountEvent } from '../../../contracts/accounts';
import { useAccountEvents, useUsers } from '../../api/account-queries';
import { useFormat } from '../../i18n/format';
import { LoadError, Loading } from '../../ui/query-state';
import { ScrollableTable } from '../../ui/scrollable-table';
import { describeDetail } from './account-event-detail';
import { AdminSection } from './admin-section';

/** Sign-ins, failed sign-ins, tokens and role changes, newest first. */
export function AccountLogSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const events = useAccountEvents();
  const users = useUsers();
  const nameOf = (id: string | null) =>
    id ? (users.data?.find((u) => u.id === id)?.name ?? id.slice(0, 8)) : null;
  const newestFirst = [...(events.data ?? [])].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  return (
    <AdminSection title={t('admin.log.heading')} intro={t('admin.log.intro')} className="account-log">
      {events.error ? (
        <LoadError error={events.error} onRetry={() => void events.refetch()} />
      ) : !events.data ? (
        <Loading />
      ) : newestFirst.length === 0 ? (
        <Paragraph className="not-set">{t('admin.log.empty')}</Paragraph>
      ) : (
        <ScrollableTable caption={t('admin.log.caption')} zebra className="account-log-table">
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t('admin.log.columns.at')}</TableHeaderCell>
              <TableHeaderCell>{t('admin.log.columns.kind')}</TableHeaderCell>
              <TableHeaderCell>{t('admin.log.columns.user')}</TableHeaderCell>
              <TableHeaderCell>{t('admin.log.columns.actor')}</TableHeaderCell>
              <TableHeaderCell>{t('admin.log.columns.detail')}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {newestFirst.map((event) => (
              <TableRow key={event.id} data-kind={event.kind}>
                <TableCell className="nowrap">
                  <time dateTime={event.at}>{format.dateTime(event.at)}</time>
                </TableCell>
                <TableCell>{t(`admin.log.kinds.${event.kind}`)}</TableCell>
                <TableCell>
                  {nameOf(event.userId) ?? <span className="not-set">{t('common.none')}</span>}
                </TableCell>
                <TableCell>{event.actor}</TableCell>
                <TableCell>
                  <Details detail={event.detail} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollableTable>
      )}
    </AdminSection>
  );
}

function Details({ detail }: { detail: AccountEvent['detail'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const entries = Object.entries(detail);
  if (entries.length === 0) return null;
  return (
    <ul className="plain-list account-log__detail">
      {entries.map(([key, value]) => (
        <li key={key}>{describeDetail(t, format, key, value)}</li>
      ))}
    </ul>
  );
}
