import { useTranslation } from 'react-i18next';
import type { HealthReason } from '../../contracts/rollup';
import { useFormat } from '../i18n/format';

/** Why health is not green, in words: the same on the initiative's page and on the agenda. */
export function useHealthReasonText(): (reason: HealthReason) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (reason) =>
    reason.code === 'behind-schedule'
      ? t('delivery.reasons.behind-schedule', { amount: format.number(Math.round(reason.amount * 100)) })
      : t(`delivery.reasons.${reason.code}`, { count: Math.round(reason.amount) });
}
