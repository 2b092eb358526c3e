import {
  Alert,
  Button,
  Paragraph,
  Switch,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../contracts/accounts';
import { useUpdateUser, useUsers } from '../../api/account-queries';
import { useSession } from '../../api/session';
import { useFormat } from '../../i18n/format';
import { LoadError, Loading } from '../../ui/query-state';
import { ScrollableTable } from '../../ui/scrollable-table';
import { AdminSection } from './admin-section';

/** Every user of the installation: who is an administrator, who is disabled. */
export function UsersSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user: me } = useSession();
  const users = useUsers();
  const update = useUpdateUser();
  const [said, setSaid] = useState('');
  const providerName = useProviderName();

  const change = (user: User, body: { isAdmin?: boolean; disabled?: boolean }) => {
    setSaid('');
    update.mutate(
      { id: user.id, body },
      { onSuccess: (saved) => setSaid(t('admin.users.saved', { name: saved.name })) },
    );
  };
  const sorted = [...(users.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <AdminSection title={t('admin.users.heading')} intro={t('admin.users.intro')} className="users">
      <p role="status" className="admin-status">
        {said}
      </p>
      {update.error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t('admin.failed')}</Paragraph>
          <Paragraph data-size="sm">{update.error.message}</Paragraph>
        </Alert>
      ) : null}
      {users.error ? (
        <LoadError error={users.error} onRetry={() => void users.refetch()} />
      ) : !users.data ? (
        <Loading />
      ) : (
        <ScrollableTable caption={t('admin.users.caption')} className="users-table">
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t('admin.users.columns.name')}</TableHeaderCell>
              <TableHeaderCell>{t('admin.users.columns.email')}</TableHeaderCell>
              <TableHeaderCell>{t('admin.users.columns.providers')}</TableHeaderCell>
              <TableHeaderCell>{t('admin.users.columns.lastSignIn')}</TableHeaderCell>
              <TableHeaderCell>{t('admin.users.columns.isAdmin')}</TableHeaderCell>
              <TableHeaderCell>{t('admin.users.columns.status')}</TableHeaderCell>
              <TableHeaderCell>
                <span className="ds-sr-only">{t('admin.columns.actions')}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.map((user) => {
              const self = user.id === me.id;
              return (
                <TableRow key={user.id} data-user={user.id}>
                  <TableHeaderCell scope="row">
                    {user.name}
                    {self ? <span className="subtle"> {t('admin.users.you')}</span> : null}
                  </TableHeaderCell>
                  <TableCell>{user.email ?? <span className="not-set">{t('common.notSet')}</span>}</TableCell>
                  <TableCell>{format.list(user.providers.map(providerName))}</TableCell>
                  <TableCell className="nowrap">
                    {user.lastSignInAt ? format.dateTime(user.lastSignInAt) : t('admin.users.never')}
                  </TableCell>
                  <TableCell>
                    <Switch
                      aria-label={t('admin.users.adminLabel', { name: user.name })}
                      checked={user.isAdmin}
                      // Nobody takes away their own administration: another administrator must.
                      disabled={self || update.isPending}
                      onChange={(e) => change(user, { isAdmin: e.target.checked })}
                    />
                  </TableCell>
                  <TableCell>
                    <Tag data-size="sm" data-color={user.disabled ? 'danger' : 'success'}>
                      {user.disabled ? t('admin.users.disabled') : t('admin.users.active')}
                    </Tag>
                  </TableCell>
                  <TableCell>
                    {self ? null : (
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        data-color={user.disabled ? 'accent' : 'danger'}
                        aria-label={
                          user.disabled
                            ? t('admin.users.enableLabel', { name: user.name })
                            : t('admin.users.disableLabel', { name: user.name })
                        }
                        disabled={update.isPending}
                        onClick={() => change(user, { disabled: !user.disabled })}
                      >
                        {user.disabled ? t('admin.users.enable') : t('admin.users.disable')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </ScrollableTable>
      )}
    </AdminSection>
  );
}

/** How an account signs in, in words: the one-time link, GitHub, or the OpenID Connect issuer. */
function useProviderName() {
  const { t } = useTranslation();
  return (provider: string) =>
    provider === 'local'
      ? t('admin.users.providers.local')
      : provider === 'github'
        ? t('admin.users.providers.github')
        : provider;
}
