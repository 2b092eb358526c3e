import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useOrganisation } from '../../api/account-queries';
import { useOrg } from '../../api/client-context';
import { useAccess, useAdminRights } from '../../api/session';
import { Loading } from '../../ui/query-state';
import { useDocumentTitle } from '../../ui/use-document-title';
import { GithubSyncLinkSection } from '../github-sync/github-sync-link-section';
import { AccountLogSection } from './account-log-section';
import { MembersSection } from './members-section';
import { SettingsSection } from './settings-section';
import { UsersSection } from './users-section';

/**
 * Users, members and settings: installation administrators see every part, an organisation's
 * administrators its members and settings, portfolio managers the way to the GitHub sync; nobody
 * else gets a page (nor the link to it).
 */
export function AdminPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.title'));
  const rights = useAdminRights();
  const access = useAccess();
  const slug = useOrg();
  const organisation = useOrganisation();
  const orgName = organisation.data?.name ?? slug;
  return (
    <div className="page admin-page">
      <div className="page__intro">
        <Heading level={1} data-size="lg">
          {t('admin.title')}
        </Heading>
        {rights.any ? <Paragraph>{t('admin.intro', { org: orgName })}</Paragraph> : null}
      </div>
      {!rights.any && access.isPending ? (
        <Loading />
      ) : !rights.any ? (
        <Paragraph>{t('admin.noAccess')}</Paragraph>
      ) : (
        <>
          {rights.members ? <MembersSection orgName={orgName} canListUsers={rights.users} /> : null}
          {rights.settings ? <SettingsSection /> : null}
          {rights.github ? <GithubSyncLinkSection /> : null}
          {rights.users ? <UsersSection /> : null}
          {rights.users ? <AccountLogSection /> : null}
        </>
      )}
    </div>
  );
}
