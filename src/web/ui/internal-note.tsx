import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** In place of a value the API withholds from this user: it exists, but is internal. */
export function InternalNote() {
  const { t } = useTranslation();
  return <span className="internal-note">{t('access.internal')}</span>;
}

const isEmpty = (value: ReactNode) =>
  value === null ||
  value === undefined ||
  value === false ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/** The value, or the internal note when the field is withheld from this user and came back empty. */
export function internalOr(value: ReactNode, withheld: boolean): ReactNode {
  return withheld && isEmpty(value) ? <InternalNote /> : value;
}
