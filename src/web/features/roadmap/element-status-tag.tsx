import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ElementStatus } from '../../../contracts/roadmap';

/** Designsystemet's colour for each status of the roadmap board; the word is always there too. */
export const ELEMENT_STATUS_COLOR = {
  'under-consideration': 'neutral',
  backlog: 'info',
  'in-progress': 'accent',
  delivered: 'success',
} as const;

/** Til vurdering, Backlog, Under arbeid or Levert, in words. */
export function ElementStatusTag({ status }: { status: ElementStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={ELEMENT_STATUS_COLOR[status]} data-size="sm" className="tag element-status">
      {status === 'delivered' ? (
        <span aria-hidden="true" className="tag__mark">
          ✓
        </span>
      ) : null}
      {t(`thread.elementStatus.${status}`)}
    </Tag>
  );
}
