import { Alert, Button, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** Shown while data loads. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      <Spinner aria-hidden data-size="sm" />
      <span>{t('common.loading')}</span>
    </div>
  );
}

/** A failed load, with what the server said and a way to try again. */
export function LoadError({
  error,
  onRetry,
  message,
}: {
  error: unknown;
  onRetry?: () => void;
  message?: string;
}) {
  const { t } = useTranslation();
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{message ?? t('common.loadFailed')}</Paragraph>
      {error instanceof Error && !message ? <Paragraph data-size="sm">{error.message}</Paragraph> : null}
      {onRetry ? (
        <Button variant="secondary" data-size="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
