import {
  Button,
  Field,
  FieldDescription,
  Heading,
  Input,
  Label,
  Paragraph,
} from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Agenda } from '../../../contracts/agenda';
import { useFormat } from '../../i18n/format';
import { LoadError, Loading } from '../../ui/query-state';
import { useDocumentTitle } from '../../ui/use-document-title';
import { DecisionsTable } from './agenda-decisions';
import { GateList, OffTrackList, ProposalList, StaleList } from './agenda-initiative-lists';
import { useAgenda } from './agenda-queries';
import { AgendaSection } from './agenda-section';

/** The start day is kept in the address (?siden=YYYY-MM-DD), so a printed or shared agenda is the same one. */
const SINCE_PARAM = 'siden';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The portfolio office's weekly agenda: new proposals, initiatives ready for a gate decision, those
 * off track or stalled, and the decisions taken since a day (a week ago unless chosen). Printable.
 */
export function AgendaPage() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('agenda.title'));
  const [params, setParams] = useSearchParams();
  const chosen = params.get(SINCE_PARAM);
  const agenda = useAgenda(chosen && DAY.test(chosen) ? chosen : null);
  const data = agenda.data;
  return (
    <div className="page agenda-page">
      <div className="page__intro">
        <Heading level={1} data-size="lg">
          {t('agenda.title')}
        </Heading>
        <Paragraph>{t('agenda.intro')}</Paragraph>
        {data ? (
          <Paragraph className="agenda-period">
            {t('agenda.period', { since: format.date(data.since), today: format.date(data.today) })}
          </Paragraph>
        ) : null}
      </div>
      <SinceToolbar
        value={data?.since ?? chosen ?? ''}
        onChange={(since) => setParams({ [SINCE_PARAM]: since }, { replace: true })}
      />
      {agenda.error ? (
        <LoadError error={agenda.error} onRetry={() => void agenda.refetch()} />
      ) : !data ? (
        <Loading />
      ) : (
        <AgendaSections agenda={data} />
      )}
    </div>
  );
}

/** The day to look back to, and printing. Not printed itself. */
function SinceToolbar({ value, onChange }: { value: string; onChange: (since: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  // What is typed, whole or not; the agenda follows only whole days.
  const [draft, setDraft] = useState(value);
  // A new day from outside (the answer, the address) replaces what is typed; React's pattern for
  // state that follows a prop, without an effect.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  return (
    <div className="agenda-toolbar">
      <Field className="agenda-toolbar__since">
        <Label htmlFor={id}>{t('agenda.since')}</Label>
        <FieldDescription>{t('agenda.sinceDescription')}</FieldDescription>
        <Input
          id={id}
          type="date"
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            // A date field reports '' while a day is half typed.
            if (DAY.test(e.target.value)) onChange(e.target.value);
          }}
        />
      </Field>
      <Button variant="secondary" onClick={() => window.print()} className="agenda-toolbar__print">
        {t('agenda.print')}
      </Button>
    </div>
  );
}

function AgendaSections({ agenda }: { agenda: Agenda }) {
  const { t } = useTranslation();
  const section = (name: 'newProposals' | 'awaitingGate' | 'offTrack' | 'stale' | 'decisions') => ({
    name,
    heading: t(`agenda.sections.${name}.heading`),
    intro: t(`agenda.sections.${name}.intro`, { days: String(agenda.staleDays) }),
    empty: t(`agenda.sections.${name}.empty`),
  });
  return (
    <>
      <AgendaSection {...section('newProposals')} count={agenda.newProposals.length}>
        <ProposalList items={agenda.newProposals} />
      </AgendaSection>
      <AgendaSection {...section('awaitingGate')} count={agenda.awaitingGate.length}>
        <GateList items={agenda.awaitingGate} />
      </AgendaSection>
      <AgendaSection {...section('offTrack')} count={agenda.offTrack.length}>
        <OffTrackList items={agenda.offTrack} />
      </AgendaSection>
      <AgendaSection {...section('stale')} count={agenda.stale.length}>
        <StaleList items={agenda.stale} staleDays={agenda.staleDays} />
      </AgendaSection>
      <AgendaSection {...section('decisions')} count={agenda.decisionsSince.length}>
        <DecisionsTable items={agenda.decisionsSince} since={agenda.since} />
      </AgendaSection>
    </>
  );
}
