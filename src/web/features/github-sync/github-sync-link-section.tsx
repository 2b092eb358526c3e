import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useAppPaths } from '../../api/client-context';
import { AppLink } from '../../ui/app-link';
import { AdminSection } from '../admin/admin-section';

/** On the administration page: what the GitHub sync is, and the way to its page. */
export function GithubSyncLinkSection() {
  const { t } = useTranslation();
  const paths = useAppPaths();
  return (
    <AdminSection title={t('githubSync.adminLink.heading')} className="github-sync-link">
      <Paragraph>{t('githubSync.adminLink.text')}</Paragraph>
      <Paragraph>
        <AppLink to={paths.githubSync()}>{t('githubSync.adminLink.link')}</AppLink>
      </Paragraph>
    </AdminSection>
  );
}
