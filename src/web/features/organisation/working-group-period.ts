import { useTranslation } from 'react-i18next';
import type { WorkingGroup } from '../../../contracts/organisation';
import { useFormat } from '../../i18n/format';

/** Today as YYYY-MM-DD in the browser's calendar, to tell a working group that has ended. */
const today = () => new Date().toLocaleDateString('sv-SE');

/** A working group's period in words ("1. mars 2026 – 30. juni 2026", "Fra …", "Til …"), and whether it has ended. */
export function useWorkingGroupPeriod(group: Pick<WorkingGroup, 'startsOn' | 'endsOn'>): {
  text: string | null;
  ended: boolean;
} {
  const { t } = useTranslation();
  const format = useFormat();
  const { startsOn, endsOn } = group;
  const ended = endsOn !== null && endsOn < today();
  if (startsOn && endsOn)
    return {
      text: t('organisation.period', { start: format.date(startsOn), end: format.date(endsOn) }),
      ended,
    };
  if (startsOn) return { text: t('organisation.periodFrom', { date: format.date(startsOn) }), ended };
  if (endsOn) return { text: t('organisation.periodUntil', { date: format.date(endsOn) }), ended };
  return { text: null, ended };
}
