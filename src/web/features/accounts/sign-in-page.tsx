import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SIGN_IN_FAILURE_CODES, type SignInFailure } from '../../../contracts/accounts';
import { safeNext, usePublicClient } from '../../api/client-context';
import { LoadError, Loading } from '../../ui/query-state';
import { useDocumentTitle } from '../../ui/use-document-title';

/** Prints a new one-time sign-in link, run where the server runs (a command, not words to translate). */
const SIGN_IN_LINK_COMMAND = 'rodtrad admin sign-in-link';

const failureOf = (code: string): SignInFailure | 'other' =>
  (SIGN_IN_FAILURE_CODES as readonly string[]).includes(code) ? (code as SignInFailure) : 'other';

/** Where a provider's sign-in starts, coming back to `next` afterwards. */
const startPath = (provider: 'oidc' | 'github', next: string | null) =>
  `/auth/${provider}/start${next ? `?neste=${encodeURIComponent(next)}` : ''}`;

/** The sign-in page: the providers the server offers, or how to use the local one-time link. */
export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.title'));
  const [params] = useSearchParams();
  const next = safeNext(params.get('neste'));
  const failure = params.get('feil');
  const signedOut = params.has('utlogget');
  const client = usePublicClient();
  const options = useQuery({ queryKey: ['sign-in-options'], queryFn: () => client.accounts.signInOptions() });
  const offered = options.data;
  return (
    <div className="page page--narrow sign-in">
      <div className="page__intro">
        <Heading level={1} data-size="lg">
          {t('signIn.title')}
        </Heading>
        <Paragraph>{t('signIn.intro')}</Paragraph>
      </div>
      {failure !== null ? (
        <Alert data-color="danger" className="sign-in__failure">
          <Heading level={2} data-size="xs">
            {t('signIn.failedHeading')}
          </Heading>
          <Paragraph>{t(`signIn.failures.${failureOf(failure)}`)}</Paragraph>
        </Alert>
      ) : signedOut ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('signIn.signedOut')}</Paragraph>
        </Alert>
      ) : null}
      {options.error ? (
        <LoadError error={options.error} onRetry={() => void options.refetch()} />
      ) : !offered ? (
        <Loading />
      ) : (
        <>
          {offered.oidc || offered.github ? (
            <div className="sign-in__providers">
              {offered.oidc ? (
                <Button asChild>
                  <a href={startPath('oidc', next)}>
                    {t('signIn.withProvider', { provider: offered.oidc.label })}
                  </a>
                </Button>
              ) : null}
              {offered.github ? (
                <Button asChild variant={offered.oidc ? 'secondary' : 'primary'}>
                  <a href={startPath('github', next)}>{t('signIn.withGithub')}</a>
                </Button>
              ) : null}
            </div>
          ) : null}
          {offered.localLink ? (
            <section className="sign-in__local" aria-labelledby="sign-in-local">
              <Heading level={2} data-size="sm" id="sign-in-local">
                {t('signIn.localHeading')}
              </Heading>
              <Paragraph>{t('signIn.localText')}</Paragraph>
              <Paragraph>{t('signIn.localNewLink')}</Paragraph>
              <pre className="sign-in__command">
                <code>{SIGN_IN_LINK_COMMAND}</code>
              </pre>
            </section>
          ) : null}
          {!offered.oidc && !offered.github && !offered.localLink ? (
            <Paragraph>{t('signIn.noOptions')}</Paragraph>
          ) : null}
        </>
      )}
    </div>
  );
}
