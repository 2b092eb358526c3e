import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ConnectionCheck as Check } from '../../../contracts/github-sync';
import { useFormat } from '../../i18n/format';
import { useCheckGithubConnection } from './github-sync-queries';
import { RateBudget } from './rate-budget';
import { useSyncErrorText } from './use-sync-error-text';

/** Asks the server whether its credentials reach each repository and board the saved settings name. */
export function ConnectionCheck() {
  const { t } = useTranslation();
  const check = useCheckGithubConnection();
  const errorText = useSyncErrorText();
  return (
    <div className="github-check">
      <Heading level={3} data-size="xs">
        {t('githubSync.check.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('githubSync.check.intro')}</Paragraph>
      <div>
        <Button variant="secondary" onClick={() => check.mutate()} loading={check.isPending}>
          {t('githubSync.check.button')}
        </Button>
      </div>
      <p role="status" className="admin-status">
        {check.data ? <CheckSummary check={check.data} /> : null}
      </p>
      {check.error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t('githubSync.check.failed')}</Paragraph>
          <Paragraph data-size="sm">{errorText(check.error)}</Paragraph>
        </Alert>
      ) : null}
      {check.data && check.data.sources.length > 0 ? (
        <>
          <ul className="github-check__sources">
            {check.data.sources.map((source) => (
              <li key={source.source}>
                <Tag data-size="sm" data-color={source.reachable ? 'success' : 'danger'}>
                  {source.reachable ? t('githubSync.check.reachable') : t('githubSync.check.unreachable')}
                </Tag>{' '}
                <code>{source.source}</code>
                {source.message ? <span className="subtle"> – {source.message}</span> : null}
              </li>
            ))}
          </ul>
          <RateBudget rate={check.data.rate} />
        </>
      ) : null}
    </div>
  );
}

function CheckSummary({ check }: { check: Check }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (check.sources.length === 0) return t('githubSync.check.noSources');
  const reachable = check.sources.filter((source) => source.reachable).length;
  return t('githubSync.check.summary', {
    reachable: format.number(reachable),
    count: check.sources.length,
    n: format.number(check.sources.length),
  });
}
