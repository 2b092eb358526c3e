import {
  Heading,
  Link,
  Paragraph,
  Tabs,
  TabsList,
  TabsPanel,
  TabsTab,
  Tag,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../client';
import type { InitiativeDetail } from '../../../contracts/initiatives';
import type { PhaseDefinition } from '../../../contracts/workflow';
import { useAppPaths } from '../../api/client-context';
import { useInitiative, useInitiativeHistory, useWorkflow } from '../../api/queries';
import { useFormat } from '../../i18n/format';
import { HealthTag, PriorityTag, ReadyForDoneTag, StatusTag } from '../../ui/initiative-tags';
import { LoadError, Loading } from '../../ui/query-state';
import { useDocumentTitle } from '../../ui/use-document-title';
import { StatusUpdatesTab } from '../status-updates/status-updates-tab';
import { RedThreadTab } from '../thread/red-thread-tab';
import { DecisionsList } from './decisions-list';
import { DeliveryStatus } from './delivery-status';
import { GateChecklist } from './gate-checklist';
import { HistoryTimeline } from './history-timeline';
import { InitiativeActions } from './initiative-actions';
import { InitiativeEditForm, type EditDone } from './initiative-edit-form';
import { InitiativeOverview, InitiativeSummaryFields } from './initiative-overview';
import { InitiativePlans } from './initiative-plans';

/** One initiative: its fields, gate, decisions and history; its red thread; its status updates. */
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

/** The page's tabs, kept in the URL (?fane=…) so a tab can be linked to; the overview has none. */
const TABS = { overview: 'oversikt', thread: 'rod-trad', statusUpdates: 'status' } as const;
type Tab = keyof typeof TABS;
const tabOf = (param: string | null): Tab =>
  (Object.keys(TABS) as Tab[]).find((tab) => TABS[tab] === param) ?? 'overview';

function useTab() {
  const [params, setParams] = useSearchParams();
  const tab = tabOf(params.get('fane'));
  const select = (next: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === 'overview') updated.delete('fane');
        else updated.set('fane', TABS[next as Tab]);
        return updated;
      },
      { replace: true },
    );
  return [tab, select] as const;
}

function InitiativeContent({ initiative, workflowPhases: phases, history }: ContentProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [tab, selectTab] = useTab();
  const phase = phases.find((p) => p.id === initiative.phase);
  const phaseName = phase ? format.localised(phase.name) : initiative.phase;
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const startEditing = () => {
    setMessage('');
    setEditing(true);
    selectTab('overview');
  };
  const doneEditing = (result: EditDone) => {
    setEditing(false);
    setMessage(result === 'saved' ? t('edit.saved') : result === 'unchanged' ? t('edit.nothingChanged') : '');
  };
  // The button comes back once the form is gone (after the commit, so it exists): focus goes where the
  // edit began.
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
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
          <ReadyForDoneTag ready={initiative.readyForDone} phase={initiative.phase} />
        </div>
        <InitiativeActions
          initiative={initiative}
          phases={phases}
          editing={editing}
          editButton={editButton}
          onEdit={startEditing}
          onMessage={setMessage}
        />
        <p role="status" className="initiative-header__status">
          {message}
        </p>
      </header>
      <Tabs value={tab} onChange={selectTab} data-size="sm" className="initiative-tabs">
        <TabsList aria-label={t('initiative.tabs.label')}>
          {(Object.keys(TABS) as Tab[]).map((value) => (
            <TabsTab key={value} value={value}>
              {t(`initiative.tabs.${value}`)}
            </TabsTab>
          ))}
        </TabsList>
        <TabsPanel value="overview">
          {/* The form stays while another tab is looked at (its panel is hidden), so nothing typed is lost. */}
          {editing ? (
            <InitiativeEditForm initiative={initiative} phases={phases} onDone={doneEditing} />
          ) : tab === 'overview' ? (
            <Overview initiative={initiative} phases={phases} phaseName={phaseName} history={history} />
          ) : null}
        </TabsPanel>
        <TabsPanel value="thread">
          {tab === 'thread' ? <RedThreadTab initiativeKey={initiative.key} /> : null}
        </TabsPanel>
        <TabsPanel value="statusUpdates">
          {tab === 'statusUpdates' ? <StatusUpdatesTab initiative={initiative} /> : null}
        </TabsPanel>
      </Tabs>
    </>
  );
}

function Overview({
  initiative,
  phases,
  phaseName,
  history,
}: {
  initiative: InitiativeDetail;
  phases: PhaseDefinition[];
  phaseName: string;
  history: ContentProps['history'];
}) {
  return (
    <div className="initiative-overview">
      <div className="initiative-layout">
        <div className="initiative-layout__summary">
          <InitiativeSummaryFields initiative={initiative} phaseName={phaseName} />
          <DeliveryStatus initiative={initiative} />
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
    </div>
  );
}
