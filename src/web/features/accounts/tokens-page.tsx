import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TOKEN_MAX_DAYS,
  TOKEN_SCOPES,
  type ApiToken,
  type CreatedApiToken,
  type TokenScope,
} from '../../../contracts/accounts';
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from '../../api/account-queries';
import { useFormat } from '../../i18n/format';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { LoadError, Loading } from '../../ui/query-state';
import { ScrollableTable } from '../../ui/scrollable-table';
import { useDocumentTitle } from '../../ui/use-document-title';

/** The signed-in user's API tokens: make one (shown once), see them all, revoke one. */
export function TokensPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('tokens.title'));
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  return (
    <div className="page tokens-page">
      <div className="page__intro">
        <Heading level={1} data-size="lg">
          {t('tokens.title')}
        </Heading>
        <Paragraph>{t('tokens.intro')}</Paragraph>
      </div>
      {created ? (
        <CreatedToken created={created} onDone={() => setCreated(null)} />
      ) : (
        <CreateTokenForm onCreated={setCreated} />
      )}
      <TokenList />
    </div>
  );
}

interface Draft {
  name: string;
  scope: TokenScope;
  days: string;
}
const EMPTY: Draft = { name: '', scope: 'read', days: '90' };

const parseDays = (value: string): number | undefined => {
  const days = Number(value.trim());
  return Number.isInteger(days) && days >= 1 && days <= TOKEN_MAX_DAYS ? days : undefined;
};

function CreateTokenForm({ onCreated }: { onCreated: (created: CreatedApiToken) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const create = useCreateApiToken();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<{ name?: string; days?: string }>({});
  const nameField = useRef<HTMLInputElement>(null);
  const daysField = useRef<HTMLInputElement>(null);
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const days = parseDays(draft.days);
    const found = {
      name: draft.name.trim() === '' ? t('tokens.nameRequired') : undefined,
      days: days === undefined ? t('tokens.expiresInvalid', { max: String(TOKEN_MAX_DAYS) }) : undefined,
    };
    setErrors(found);
    if (found.name) return nameField.current?.focus();
    if (found.days || days === undefined) return daysField.current?.focus();
    create.mutate(
      { name: draft.name.trim(), scope: draft.scope, expiresInDays: days },
      {
        onSuccess: (answer) => {
          setDraft(EMPTY);
          onCreated(answer);
        },
      },
    );
  };

  return (
    <form className="tokens-form" aria-labelledby={`${id}-heading`} onSubmit={submit} noValidate>
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t('tokens.createHeading')}
      </Heading>
      <Textfield
        ref={nameField}
        label={t('tokens.name')}
        description={t('tokens.nameDescription')}
        value={draft.name}
        onChange={(e) => change({ name: e.target.value })}
        error={errors.name}
        maxLength={200}
        required
      />
      <Fieldset>
        <Fieldset.Legend>{t('tokens.scope')}</Fieldset.Legend>
        {TOKEN_SCOPES.map((scope) => (
          <Radio
            key={scope}
            name={`${id}-scope`}
            value={scope}
            checked={draft.scope === scope}
            onChange={() => change({ scope })}
            label={t(`tokens.scopes.${scope}`)}
            description={t(`tokens.scopeDescriptions.${scope}`)}
          />
        ))}
      </Fieldset>
      <Textfield
        ref={daysField}
        label={t('tokens.expires')}
        description={t('tokens.expiresDescription', { max: String(TOKEN_MAX_DAYS) })}
        inputMode="numeric"
        className="tokens-form__days"
        value={draft.days}
        onChange={(e) => change({ days: e.target.value })}
        error={errors.days}
      />
      {create.error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t('tokens.createFailed')}</Paragraph>
          <Paragraph data-size="sm">{create.error.message}</Paragraph>
        </Alert>
      ) : null}
      <div>
        <Button type="submit" loading={create.isPending}>
          {t('tokens.create')}
        </Button>
      </div>
    </form>
  );
}

/** The new token, this once: to copy and keep, with a clear word that it will not be shown again. */
function CreatedToken({ created, onDone }: { created: CreatedApiToken; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The form the person used is gone: focus moves to what replaced it.
  useEffect(() => heading.current?.focus(), []);
  const copy = () => {
    navigator.clipboard.writeText(created.token).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };
  return (
    <Alert data-color="warning" className="created-token">
      <Heading level={2} data-size="sm" ref={heading} tabIndex={-1}>
        {t('tokens.createdHeading')}
      </Heading>
      <Paragraph>{t('tokens.createdText')}</Paragraph>
      <Textfield
        label={t('tokens.createdLabel', { name: created.apiToken.name })}
        value={created.token}
        readOnly
        className="created-token__value"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="created-token__actions">
        <Button onClick={copy}>{t('tokens.copy')}</Button>
        <Button variant="secondary" onClick={onDone}>
          {t('tokens.done')}
        </Button>
        <p role="status" className="created-token__copied">
          {copied === 'yes' ? t('tokens.copied') : copied === 'failed' ? t('tokens.copyFailed') : ''}
        </p>
      </div>
    </Alert>
  );
}

type TokenState = 'active' | 'revoked' | 'expired';
const stateOf = (token: ApiToken, now: number): TokenState =>
  token.revokedAt ? 'revoked' : Date.parse(token.expiresAt) <= now ? 'expired' : 'active';
const STATE_COLOR = { active: 'success', revoked: 'neutral', expired: 'warning' } as const;

function TokenList() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [asked, setAsked] = useState<ApiToken | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const [now] = useState(() => Date.now());
  const confirm = () => {
    if (!asked) return;
    revoke.mutate(asked.id, {
      onSuccess: (token) => {
        setRevoked(token.name);
        setAsked(null);
      },
    });
  };
  const newestFirst = [...(tokens.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby={`${id}-heading`} className="page-section">
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t('tokens.listHeading')}
      </Heading>
      <p role="status" className="tokens__status">
        {revoked ? t('tokens.revoked', { name: revoked }) : ''}
      </p>
      {revoke.error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t('tokens.revokeFailed')}</Paragraph>
          <Paragraph data-size="sm">{revoke.error.message}</Paragraph>
        </Alert>
      ) : null}
      {tokens.error ? (
        <LoadError error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : !tokens.data ? (
        <Loading />
      ) : newestFirst.length === 0 ? (
        <Paragraph className="not-set">{t('tokens.empty')}</Paragraph>
      ) : (
        <ScrollableTable caption={t('tokens.caption')} zebra className="tokens-table">
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t('tokens.columns.name')}</TableHeaderCell>
              <TableHeaderCell>{t('tokens.columns.prefix')}</TableHeaderCell>
              <TableHeaderCell>{t('tokens.columns.scope')}</TableHeaderCell>
              <TableHeaderCell>{t('tokens.columns.createdAt')}</TableHeaderCell>
              <TableHeaderCell>{t('tokens.columns.expiresAt')}</TableHeaderCell>
              <TableHeaderCell>{t('tokens.columns.lastUsedAt')}</TableHeaderCell>
              <TableHeaderCell>{t('tokens.columns.state')}</TableHeaderCell>
              <TableHeaderCell>
                <span className="ds-sr-only">{t('tokens.columns.actions')}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {newestFirst.map((token) => {
              const state = stateOf(token, now);
              return (
                <TableRow key={token.id} data-token={token.id} data-state={state}>
                  <TableHeaderCell scope="row">{token.name}</TableHeaderCell>
                  <TableCell>
                    <code>{token.prefix}</code>
                  </TableCell>
                  <TableCell>{t(`tokens.scopes.${token.scope}`)}</TableCell>
                  <TableCell className="nowrap">{format.date(token.createdAt)}</TableCell>
                  <TableCell className="nowrap">{format.date(token.expiresAt)}</TableCell>
                  <TableCell className="nowrap">
                    {token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('tokens.neverUsed')}
                  </TableCell>
                  <TableCell>
                    <Tag data-size="sm" data-color={STATE_COLOR[state]}>
                      {state === 'revoked' && token.revokedAt
                        ? t('tokens.state.revoked', { date: format.date(token.revokedAt) })
                        : t(`tokens.state.${state}`)}
                    </Tag>
                  </TableCell>
                  <TableCell>
                    {state === 'active' ? (
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        data-color="danger"
                        aria-label={t('tokens.revokeLabel', { name: token.name })}
                        onClick={() => {
                          revoke.reset();
                          setAsked(token);
                        }}
                      >
                        {t('tokens.revoke')}
                      </Button>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </ScrollableTable>
      )}
      <ConfirmDialog
        open={asked !== null}
        heading={t('tokens.revokeHeading', { name: asked?.name ?? '' })}
        text={t('tokens.revokeText')}
        confirm={t('tokens.revokeConfirm')}
        pending={revoke.isPending}
        onConfirm={confirm}
        onCancel={() => setAsked(null)}
      />
    </section>
  );
}
