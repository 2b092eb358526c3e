import { useTranslation } from 'react-i18next';
import type { InitiativeSummary } from '../../../contracts/initiatives';
import type { PhaseDefinition } from '../../../contracts/workflow';
import { useFormat } from '../../i18n/format';
import { downloadCsv, toCsv } from './portfolio-csv';

/** Downloads the initiatives shown, with the table's columns and a few more, in the page's language. */
export function usePortfolioCsv(phases: PhaseDefinition[], groupNames: ReadonlyMap<string, string>) {
  const { t } = useTranslation();
  const format = useFormat();
  const phaseName = (id: string) => {
    const phase = phases.find((p) => p.id === id);
    return phase ? format.localised(phase.name) : id;
  };
  return (items: InitiativeSummary[]) => {
    const header = [
      t('portfolio.table.columns.key'),
      t('portfolio.table.columns.title'),
      t('portfolio.table.columns.phase'),
      t('csv.status'),
      t('portfolio.table.columns.priority'),
      t('portfolio.table.columns.health'),
      t('csv.progress'),
      t('csv.readyForDone'),
      t('csv.productGroups'),
      t('portfolio.table.columns.updatedAt'),
    ];
    const rows = items.map((item) => [
      item.key,
      item.title,
      phaseName(item.phase),
      t(`values.status.${item.status}`),
      item.priority ? t(`values.priority.${item.priority}`) : '',
      item.health ? t(`values.health.${item.health}`) : '',
      item.progress === null ? '' : format.number(Math.round(item.progress * 100)),
      item.readyForDone ? t('common.yes') : t('common.no'),
      item.productGroupIds.map((id) => groupNames.get(id) ?? id).join(', '),
      item.updatedAt.slice(0, 10),
    ]);
    const today = new Date().toISOString().slice(0, 10);
    downloadCsv(toCsv([header, ...rows]), t('csv.fileName', { date: today }));
  };
}
