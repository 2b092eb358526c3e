import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiError } from '../../../client';
import type { InitiativeDetail } from '../../../contracts/initiatives';
import type { PhaseDefinition } from '../../../contracts/workflow';
import { useAppPaths } from '../../api/client-context';
import { useInitiative, useInitiativeHistory, useWorkflow } from '../../api/queries';
import { useFormat } from '../../i18n/format';
import { HealthTag, PriorityTag, StatusTag } from '../../ui/initiative-tags';
import { LoadError, Loading } from '../../ui/query-state';
import { useDocumentTitle } from '../../ui/use-document-title';
import { DecisionsList } from './decisions-list';
import { GateChecklist } from './gate-checklist';
import { HistoryTimeline } from './history-timeline';
import { InitiativeOverview, InitiativeSummaryFields } from './initiative-overview';
import { InitiativePlans } from './initiative-plans';

/** One initiative: its fields, the gate of its phase, its decisions and its history. */
export function InitiativePage() {
  const { t } = useTranslation();
  const ref = useParams().ref ?? '';
  const paths = useAppPaths();
  const initiative = useInitiative(ref);
  const workflow = useWorkflow();
  const history = useInitiativeHistory(ref);
  useDocumentTitle(initiative.data ? `${initiative.data.key} ${initiative.data.title}` : undefined);

  const notFound = initiative.error instanceof ApiError && initiative.error.code === 'not-found';
  return (
    <div className="page page--wide initiative-page">
      <Link asChild className="back-link">
        <RouterLink to={paths.portfolio()}>{t('initiative.back')}</RouterLink>
      </Link>
      {notFound ? (
        <>
          <Heading level={1} data-size="lg">
            {t('common.notFoundTitle')}
          </Heading>
          <Paragraph>{t('initiative.notFound', { ref })}</Paragraph>
        </>
      ) : initiative.error || workflow.error ? (
        <LoadError
          error={initiative.error ?? workflow.error}
          onRetry={() => void Promise.all([initiative.refetch(), workflow.refetch()])}
        />
      ) : !initiative.data || !workflow.data ? (
        <Loading />
      ) : (
        <InitiativeContent
          initiative={initiative.data}
          workflowPhases={workflow.data.workflow.phases}
          history={history}
        />
      )}
    </div>
  );
}

interface ContentProps {
  initiative: InitiativeDetail;
  workflowPhases: PhaseDefinition[];
  history: ReturnType<typeof useInitiativeHistory>;
}

function InitiativeContent({ initiative, workflowPhases: phases, history }: ContentProps) {
  const format = useFormat();
  const phase = phases.find((p) => p.id === initiative.phase);
  const phaseName = phase ? format.localised(phase.name) : initiative.phase;
  return (
    <>
      <header className="initiative-header">
        <Paragraph data-size="sm" className="initiative-header__key">
          {initiative.key}
        </Paragraph>
        <Heading level={1} data-size="lg">
          {initiative.title}
        </Heading>
        <div className="tags">
          <Tag data-size="sm" data-color="accent">
            {phaseName}
          </Tag>
          <StatusTag status={initiative.status} />
          <PriorityTag priority={initiative.priority} />
          <HealthTag health={initiative.health} />
        </div>
      </header>
      <div className="initiative-layout">
        <div className="initiative-layout__summary">
          <InitiativeSummaryFields initiative={initiative} phaseName={phaseName} />
        </div>
        <div className="initiative-layout__side">
          <GateChecklist gate={initiative.gate} phases={phases} />
          <DecisionsList decisions={initiative.decisions} phases={phases} />
        </div>
        <div className="initiative-layout__details">
          <InitiativeOverview initiative={initiative} />
          <InitiativePlans initiative={initiative} />
        </div>
      </div>
      {history.error ? (
        <LoadError error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data ? (
        <HistoryTimeline events={history.data} phases={phases} />
      ) : (
        <Loading />
      )}
    </>
  );
}
