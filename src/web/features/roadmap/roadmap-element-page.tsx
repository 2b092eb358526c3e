import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../ui/use-document-title';

/** Placeholder until the page is built. */
export function RoadmapElementPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('roadmap.title'));
  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('roadmap.title')}
      </Heading>
    </div>
  );
}
