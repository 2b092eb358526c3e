import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { INTL_LOCALES } from '../../i18n/languages';

/** "14:05" today, the date and time otherwise. */
function useSavedTime() {
  const format = useFormat();
  const time = useMemo(
    () => new Intl.DateTimeFormat(INTL_LOCALES[format.locale], { hour: '2-digit', minute: '2-digit' }),
    [format.locale],
  );
  return (iso: string) => {
    const date = new Date(iso);
    return date.toDateString() === new Date().toDateString() ? time.format(date) : format.dateTime(iso);
  };
}

/** Says that a draft from earlier was filled in, with a way to throw it away. */
export function RestoredDraftNote({ savedAt, onDiscard }: { savedAt: string; onDiscard: () => void }) {
  const { t } = useTranslation();
  const timeOf = useSavedTime();
  return (
    <Alert data-color="info" className="proposal__restored">
      <Paragraph>{t('proposal.draft.restored', { time: timeOf(savedAt) })}</Paragraph>
      <Button variant="secondary" data-size="sm" onClick={onDiscard}>
        {t('proposal.draft.discard')}
      </Button>
    </Alert>
  );
}

/**
 * When the draft was last saved, in a polite live region that is on the page from the start, so a
 * screen reader hears the change without being interrupted.
 */
export function DraftSavedStatus({ savedAt, discarded }: { savedAt: string | null; discarded: boolean }) {
  const { t } = useTranslation();
  const timeOf = useSavedTime();
  const text = savedAt
    ? t('proposal.draft.saved', { time: timeOf(savedAt) })
    : discarded
      ? t('proposal.draft.discarded')
      : '';
  return (
    <p role="status" className="proposal__saved">
      {text}
    </p>
  );
}
