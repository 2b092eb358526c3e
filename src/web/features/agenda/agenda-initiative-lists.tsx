import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AgendaGate, AgendaOffTrack, AgendaProposal, AgendaStale } from '../../../contracts/agenda';
import { useFormat } from '../../i18n/format';
import { HealthTag, PriorityTag, ReadyForDoneTag } from '../../ui/initiative-tags';
import { usePhaseName } from '../../ui/use-phase-name';
import { usePersonName } from './agenda-queries';
import { useHealthReasonText } from '../../ui/use-health-reason-text';
import { AgendaItem } from './agenda-section';

/** A status update can be long; the agenda shows its start. */
const NOTE_CHARS = 280;
const clip = (text: string) => (text.length > NOTE_CHARS ? `${text.slice(0, NOTE_CHARS).trimEnd()}…` : text);

/** "Eier: Navn", when the initiative has an owner whose name is known. */
function useOwnerLine() {
  const { t } = useTranslation();
  const personName = usePersonName();
  return (ownerId: string | null) => {
    const name = personName(ownerId);
    return name ? t('agenda.owner', { name }) : null;
  };
}

export function ProposalList({ items }: { items: AgendaProposal[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const owner = useOwnerLine();
  return (
    <ul className="agenda-list">
      {items.map((item) => (
        <AgendaItem
          key={item.id}
          id={item.id}
          initiativeKey={item.key}
          title={item.title}
          meta={[
            <time key="at" dateTime={item.createdAt}>
              {t('agenda.proposedOn', { date: format.date(item.createdAt) })}
            </time>,
            owner(item.ownerId),
            item.priority ? <PriorityTag key="priority" priority={item.priority} /> : null,
          ]}
        />
      ))}
    </ul>
  );
}

export function GateList({ items }: { items: AgendaGate[] }) {
  const { t } = useTranslation();
  const phaseName = usePhaseName();
  const owner = useOwnerLine();
  return (
    <ul className="agenda-list">
      {items.map((item) => (
        <AgendaItem
          key={item.id}
          id={item.id}
          initiativeKey={item.key}
          title={item.title}
          meta={[
            phaseName(item.phase),
            t('agenda.criteria', { met: String(item.criteriaMet), total: String(item.criteriaTotal) }),
            owner(item.ownerId),
            item.gateReady && item.nextPhase ? (
              <Tag key="next" data-color="success" data-size="sm" variant="outline" className="tag">
                {t('agenda.readyFor', { phase: phaseName(item.nextPhase) })}
              </Tag>
            ) : null,
            <ReadyForDoneTag key="done" ready={item.readyForDone} phase={item.phase} />,
          ]}
        />
      ))}
    </ul>
  );
}

export function OffTrackList({ items }: { items: AgendaOffTrack[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const phaseName = usePhaseName();
  const owner = useOwnerLine();
  const reasonText = useHealthReasonText();
  return (
    <ul className="agenda-list">
      {items.map((item) => (
        <AgendaItem
          key={item.id}
          id={item.id}
          initiativeKey={item.key}
          title={item.title}
          meta={[<HealthTag key="health" health={item.health} />, phaseName(item.phase), owner(item.ownerId)]}
        >
          {item.reasons.length > 0 ? (
            <ul className="agenda-item__reasons">
              {item.reasons.map((reason) => (
                <li key={reason.code}>{reasonText(reason)}</li>
              ))}
            </ul>
          ) : null}
          {item.healthOverridden ? <Paragraph data-size="sm">{t('agenda.overridden')}</Paragraph> : null}
          {item.latestUpdate ? (
            <blockquote className="agenda-item__note">
              <Paragraph data-size="sm" className="subtle">
                {t('agenda.latestUpdate', {
                  date: format.date(item.latestUpdate.createdAt),
                  by: item.latestUpdate.createdBy,
                })}
              </Paragraph>
              <Paragraph data-size="sm" className="long-text">
                {clip(item.latestUpdate.text)}
              </Paragraph>
            </blockquote>
          ) : (
            <Paragraph data-size="sm" className="not-set">
              {t('agenda.noUpdate')}
            </Paragraph>
          )}
        </AgendaItem>
      ))}
    </ul>
  );
}

export function StaleList({ items, staleDays }: { items: AgendaStale[]; staleDays: number }) {
  const { t } = useTranslation();
  const phaseName = usePhaseName();
  const owner = useOwnerLine();
  return (
    <ul className="agenda-list">
      {items.map((item) => (
        <AgendaItem
          key={item.id}
          id={item.id}
          initiativeKey={item.key}
          title={item.title}
          meta={[phaseName(item.phase), owner(item.ownerId), <HealthTag key="health" health={item.health} />]}
        >
          <ul className="agenda-item__reasons">
            {item.daysSinceUpdate > staleDays ? (
              <li>{t('agenda.sinceUpdate', { count: item.daysSinceUpdate })}</li>
            ) : null}
            {item.daysSinceActivity !== null ? (
              <li>{t('delivery.reasons.stale', { count: item.daysSinceActivity })}</li>
            ) : null}
          </ul>
        </AgendaItem>
      ))}
    </ul>
  );
}
