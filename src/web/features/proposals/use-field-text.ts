import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { FieldError } from './proposal-validation';

/** Fields chosen rather than typed: an empty one asks for a choice, not for text. */
const CHOICE = /(Id|Ids|source|kind)$/;

/** The words for what is wrong with a field, as shown under it. */
export function useErrorText() {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback(
    (error: FieldError | undefined): string | undefined => {
      if (!error) return undefined;
      const limit = error.limit === undefined ? '' : format.number(error.limit);
      switch (error.kind) {
        case 'required':
          return CHOICE.test(error.path) ? t('proposal.errors.choose') : t('proposal.errors.required');
        case 'server':
          return t('proposal.errors.server', { message: error.message ?? '' });
        case 'tooLong':
        case 'tooMany':
        case 'min':
        case 'max':
          return t(`proposal.errors.${error.kind}`, { limit });
        default:
          return t(`proposal.errors.${error.kind}`);
      }
    },
    [t, format],
  );
}

const TOP_LEVEL = [
  'title',
  'problemStatement',
  'description',
  'riskIfNotDone',
  'collaboration',
  'dependsOnIds',
  'strategicItemIds',
  'okrs',
  'competence',
  'personMonthsTotal',
  'resources',
  'funding',
  'priority',
  'ownerId',
  'responsibleId',
  'allocation',
  'productGroupId',
  'teamIds',
  'workingGroupId',
] as const;
type TopLevel = (typeof TOP_LEVEL)[number];
const isTopLevel = (key: string): key is TopLevel => (TOP_LEVEL as readonly string[]).includes(key);

const LINE_FIELDS = {
  year: 'proposal.lines.year',
  internalPersonMonths: 'proposal.lines.internal',
  externalPersonMonths: 'proposal.lines.external',
  budgetItem: 'proposal.lines.budgetItem',
  source: 'proposal.lines.source',
  needNok: 'proposal.lines.need',
} as const;
const isLineField = (key: string): key is keyof typeof LINE_FIELDS => key in LINE_FIELDS;

/** The name of a field in the error summary, the same words as its label ("Mål 1, nøkkelresultat 2"). */
export function useFieldLabel() {
  const { t } = useTranslation();
  return useCallback(
    (path: string): string => {
      const [top = '', index, key, subIndex, subKey] = path.split('.');
      const n = String(Number(index) + 1);
      if (top === 'okrs' && index !== undefined) {
        const objective = t('proposal.okr.objective', { n });
        if (key !== 'keyResults' || subIndex === undefined) return objective;
        const m = String(Number(subIndex) + 1);
        const keyResult =
          subKey === 'target' ? t('proposal.okr.targetFor', { m }) : t('proposal.okr.keyResult', { m });
        return `${objective}, ${keyResult.charAt(0).toLocaleLowerCase()}${keyResult.slice(1)}`;
      }
      if ((top === 'resources' || top === 'funding') && index !== undefined) {
        const line = t(top === 'resources' ? 'proposal.lines.resource' : 'proposal.lines.fundingLine', { n });
        return key && isLineField(key) ? `${line}: ${t(LINE_FIELDS[key])}` : line;
      }
      if (top === 'allocation' && index !== undefined && isTopLevel(index))
        return t(`proposal.fields.${index}`);
      return isTopLevel(top) ? t(`proposal.fields.${top}`) : path;
    },
    [t],
  );
}
