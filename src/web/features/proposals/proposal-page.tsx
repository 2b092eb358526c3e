import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Initiative } from '../../../contracts/initiatives';
import { useAppPaths } from '../../api/client-context';
import { useAccess, useCan } from '../../api/session';
import { LoadError, Loading } from '../../ui/query-state';
import { useDocumentTitle } from '../../ui/use-document-title';
import { fieldId, focusSoon } from './field-focus';
import { ProposalConfirmation } from './proposal-confirmation';
import { ProposalForm } from './proposal-form';

/** /foresla: anyone with `initiative.propose` proposes an initiative; others are told why they cannot. */
export function ProposalPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('proposal.title'));
  const access = useAccess();
  const canPropose = useCan('initiative.propose');
  const [created, setCreated] = useState<Initiative | null>(null);

  const body = () => {
    if (access.isPending) return <Loading />;
    if (access.isError) return <LoadError error={access.error} onRetry={() => void access.refetch()} />;
    if (!canPropose) return <NoAccess />;
    if (created)
      return (
        <ProposalConfirmation
          initiative={created}
          onProposeAnother={() => {
            setCreated(null);
            focusSoon(fieldId('title'));
          }}
        />
      );
    return (
      <>
        <div className="page__intro proposal__intro">
          <Paragraph>{t('proposal.intro')}</Paragraph>
          <Paragraph>{t('proposal.introRequired')}</Paragraph>
        </div>
        <ProposalForm onCreated={setCreated} />
      </>
    );
  };

  return (
    <div className="page proposal-page">
      <Heading level={1} data-size="lg" id="proposal-heading">
        {t('proposal.title')}
      </Heading>
      {body()}
    </div>
  );
}

function NoAccess() {
  const { t } = useTranslation();
  const paths = useAppPaths();
  return (
    <Alert data-color="info">
      <Heading level={2} data-size="xs">
        {t('proposal.noAccess.heading')}
      </Heading>
      <Paragraph>{t('proposal.noAccess.text')}</Paragraph>
      <Link asChild>
        <RouterLink to={paths.portfolio()}>{t('proposal.noAccess.back')}</RouterLink>
      </Link>
    </Alert>
  );
}
