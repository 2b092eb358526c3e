import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../contracts/audit';
import { DECISION_OUTCOMES, type DecisionOutcome } from '../../../contracts/initiatives';
import type { PhaseDefinition } from '../../../contracts/workflow';
import { useFormat } from '../../i18n/format';
import { nb } from '../../i18n/nb';
import { changedFields, type FieldChange, type SimpleValue } from './history-changes';
import { PageSection } from './initiative-overview';
import { useNames } from './use-names';

type FieldName = keyof typeof nb.fields;
const isFieldName = (field: string): field is FieldName => field in nb.fields;
const isOutcome = (value: unknown): value is DecisionOutcome =>
  DECISION_OUTCOMES.includes(value as DecisionOutcome);
const MAX_TEXT = 120;
const isEmpty = (value: SimpleValue): value is null | '' => value === null || value === '';

/** Who changed what and when, newest first. */
export function HistoryTimeline({ events, phases }: { events: AuditEvent[]; phases: PhaseDefinition[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const newestFirst = [...events].sort((a, b) => b.at.localeCompare(a.at) || Number(b.id) - Number(a.id));

  const actionText = (event: AuditEvent) => {
    const outcome = event.after?.outcome;
    if (event.entityType === 'decision' && isOutcome(outcome)) {
      return t('history.actions.decision', { outcome: t(`values.outcome.${outcome}`) });
    }
    if (event.entityType === 'status-update') return t('history.actions.statusUpdate');
    return t(`history.actions.${event.action}`);
  };

  return (
    <PageSection title={t('history.heading')} className="history">
      {newestFirst.length === 0 ? (
        <Paragraph className="not-set">{t('history.empty')}</Paragraph>
      ) : (
        <ol className="timeline">
          {newestFirst.map((event) => (
            <li
              key={event.id}
              className="timeline__event"
              data-action={event.action}
              data-entity={event.entityType}
            >
              <p className="timeline__line">
                <time dateTime={event.at} className="timeline__time">
                  {format.dateTime(event.at)}
                </time>
                <span>{t('history.event', { actor: event.actor, action: actionText(event) })}</span>
              </p>
              {event.entityType === 'initiative' &&
              (event.action === 'updated' || event.action === 'transitioned') ? (
                <Changes changes={changedFields(event.before, event.after)} phases={phases} />
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </PageSection>
  );
}

function Changes({ changes, phases }: { changes: FieldChange[]; phases: PhaseDefinition[] }) {
  const { t } = useTranslation();
  const show = useValueText(phases);
  if (changes.length === 0) return <Paragraph data-size="sm">{t('history.noVisibleChanges')}</Paragraph>;
  return (
    <ul className="timeline__changes">
      {changes.map(({ field, values }) => (
        <li key={field}>
          <span className="timeline__field">{isFieldName(field) ? t(`fields.${field}`) : field}</span>
          {': '}
          {values ? (
            <>
              <span className={isEmpty(values.before) ? 'timeline__empty' : 'timeline__before'}>
                {show(field, values.before)}
              </span>
              {' → '}
              <span className={isEmpty(values.after) ? 'timeline__empty' : 'timeline__after'}>
                {show(field, values.after)}
              </span>
            </>
          ) : (
            t('history.changed')
          )}
        </li>
      ))}
    </ul>
  );
}

/** A field's value as a reader knows it: phase names, translated choices, people's names. */
function useValueText(phases: PhaseDefinition[]) {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useNames();
  return (field: string, value: SimpleValue): string => {
    if (isEmpty(value)) return t('history.emptyValue');
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'number') return format.number(value);
    const phase = field === 'phase' ? phases.find((p) => p.id === value) : undefined;
    if (phase) return format.localised(phase.name);
    if (field === 'priority' && value in nb.values.priority)
      return t(`values.priority.${value as keyof typeof nb.values.priority}`);
    if (field === 'health' && value in nb.values.health)
      return t(`values.health.${value as keyof typeof nb.values.health}`);
    if (field === 'status' && value in nb.values.status)
      return t(`values.status.${value as keyof typeof nb.values.status}`);
    if (field === 'riskLevel' && value in nb.values.riskLevel)
      return t(`values.riskLevel.${value as keyof typeof nb.values.riskLevel}`);
    if (field.endsWith('Id')) return nameOf(value) ?? value;
    return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
  };
}
