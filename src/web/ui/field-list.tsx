import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldItem {
  label: string;
  /** null, undefined, false, '' and [] show as "not set". */
  value: ReactNode;
  /** Long text keeps its line breaks and gets the full width. */
  long?: boolean;
}

const isEmpty = (value: ReactNode) =>
  value === null ||
  value === undefined ||
  value === false ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/** Labelled values as a description list; missing values say so instead of vanishing. */
export function FieldList({ items }: { items: FieldItem[] }) {
  const { t } = useTranslation();
  return (
    <dl className="field-list">
      {items.map((item) => (
        <div
          key={item.label}
          className={item.long ? 'field-list__item field-list__item--long' : 'field-list__item'}
        >
          <dt>{item.label}</dt>
          <dd className={item.long ? 'long-text' : undefined}>
            {isEmpty(item.value) ? <span className="not-set">{t('common.notSet')}</span> : item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
