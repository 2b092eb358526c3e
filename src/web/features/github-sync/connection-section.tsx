import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { GithubConnection } from '../../../contracts/github-sync';
import { FieldList } from '../../ui/field-list';
import { AdminSection } from '../admin/admin-section';

/** How the server reaches GitHub, from its configuration: never a secret, only whether one is set. */
export function ConnectionSection({ connection }: { connection: GithubConnection }) {
  const { t } = useTranslation();
  return (
    <AdminSection title={t('githubSync.connection.heading')} className="github-connection">
      {connection.configured ? null : (
        <Alert data-color="warning">
          <Heading level={3} data-size="xs">
            {t('githubSync.connection.notConfigured')}
          </Heading>
          <Paragraph>{t('githubSync.connection.howToToken')}</Paragraph>
          <Paragraph>{t('githubSync.connection.howToApp')}</Paragraph>
          <Paragraph>{t('githubSync.connection.howToServer')}</Paragraph>
        </Alert>
      )}
      <FieldList
        items={[
          {
            label: t('githubSync.connection.kind'),
            value: connection.kind
              ? t(`githubSync.connection.kinds.${connection.kind}`)
              : t('githubSync.connection.kinds.none'),
          },
          {
            label: t('githubSync.connection.webhookSecret'),
            value: connection.webhookSecretSet
              ? t('githubSync.connection.secretSet')
              : t('githubSync.connection.secretNotSet'),
          },
          // The addresses get a line each, so they are not broken in the middle.
          { label: t('githubSync.connection.apiUrl'), value: <code>{connection.apiUrl}</code>, long: true },
          {
            label: t('githubSync.connection.graphqlUrl'),
            value: <code>{connection.graphqlUrl}</code>,
            long: true,
          },
        ]}
      />
      {connection.webhookSecretSet ? null : (
        <Paragraph data-size="sm" className="subtle">
          {t('githubSync.connection.noWebhooks')}
        </Paragraph>
      )}
    </AdminSection>
  );
}
