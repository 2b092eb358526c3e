import {
  Dialog,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUT_KEYS, type ShortcutAction } from './board-shortcuts';

/** Keys as printed on the keyboard, for the arrow keys' names. */
const KEY_LABELS: Record<string, string> = {
  ArrowDown: '↓',
  ArrowUp: '↑',
  ArrowLeft: '←',
  ArrowRight: '→',
  Enter: 'Enter',
};

/** The board's keyboard shortcuts, opened with "?" or the button beside the view switch. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Dialog open={open} onClose={onClose} closeButton={t('dialog.close')} aria-labelledby={headingId}>
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {t('shortcuts.heading')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Paragraph data-size="sm">{t('shortcuts.intro')}</Paragraph>
        <Table data-size="sm" className="shortcuts-table">
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t('shortcuts.key')}</TableHeaderCell>
              <TableHeaderCell>{t('shortcuts.action')}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(Object.keys(SHORTCUT_KEYS) as ShortcutAction[]).map((action) => (
              <TableRow key={action}>
                <TableCell>
                  {SHORTCUT_KEYS[action].map((key) => (
                    <kbd key={key}>{KEY_LABELS[key] ?? key}</kbd>
                  ))}
                </TableCell>
                <TableCell>{t(`shortcuts.${action}`)}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell>
                <kbd>{KEY_LABELS.Enter}</kbd>
              </TableCell>
              <TableCell>{t('shortcuts.openCard')}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </Dialog.Block>
    </Dialog>
  );
}
