import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAppPaths } from '../api/client-context';
import { useDocumentTitle } from './use-document-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  const paths = useAppPaths();
  useDocumentTitle(t('common.notFoundTitle'));
  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('common.notFoundTitle')}
      </Heading>
      <Paragraph>{t('common.notFoundText')}</Paragraph>
      <Link asChild>
        <RouterLink to={paths.portfolio()}>{t('nav.portfolio')}</RouterLink>
      </Link>
    </div>
  );
}
