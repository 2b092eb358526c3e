import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Asks before something that cannot be undone; the confirming button is red. */
export function ConfirmDialog({
  open,
  heading,
  text,
  confirm,
  pending = false,
  error,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  heading: string;
  text: string;
  confirm: string;
  pending?: boolean;
  /** Why the last attempt failed, shown above the buttons. */
  error?: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Dialog open={open} onClose={onCancel} closeButton={t('dialog.close')} aria-labelledby={headingId}>
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {heading}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Paragraph>{text}</Paragraph>
        {error ? (
          <Alert data-color="danger" role="alert" className="dialog-error">
            {error}
          </Alert>
        ) : null}
        <div className="dialog-actions">
          <Button data-color="danger" onClick={onConfirm} loading={pending}>
            {confirm}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('dialog.cancel')}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
