import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../ui/use-document-title';

/** Placeholder until the page is built. */
export function TeamPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisation.title'));
  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('organisation.title')}
      </Heading>
    </div>
  );
}
