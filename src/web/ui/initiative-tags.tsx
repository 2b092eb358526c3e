import { Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeStatus, Priority } from '../../contracts/initiatives';
import type { Health } from '../../contracts/rollup';
import { useIsLastPhase } from '../api/thread-queries';

/** Designsystemet's colour for each health. */
export const HEALTH_COLOR = { green: 'success', yellow: 'warning', red: 'danger' } as const;
const STATUS_COLOR = { active: 'neutral', parked: 'warning', stopped: 'danger' } as const;

/*
 * Each tag is a function of the translation, so a list of hundreds (the board's cards) can render
 * them without a hook per tag; the components below are the same tags for everywhere else.
 */

/** MoSCoW priority; nothing when none is given. */
export function priorityTag(t: TFunction, priority: Priority | null): ReactNode {
  if (!priority) return null;
  return (
    <Tag data-color="neutral" data-size="sm" className="tag">
      {t(`values.priority.${priority}`)}
    </Tag>
  );
}

/** Health, by colour and in words (colour alone tells nothing to many readers). */
export function healthTag(t: TFunction, health: Health | null): ReactNode {
  if (!health) return null;
  return (
    <Tag data-color={HEALTH_COLOR[health]} data-size="sm" className="tag">
      <span className={`health-dot health-dot--${health}`} aria-hidden="true" />
      {t('labels.health', { value: t(`values.health.${health}`) })}
    </Tag>
  );
}

/** Parked and stopped are shown; active is the normal case and says nothing. */
export function statusTag(t: TFunction, status: InitiativeStatus, always = false): ReactNode {
  if (status === 'active' && !always) return null;
  return (
    <Tag data-color={STATUS_COLOR[status]} data-size="sm" variant="outline" className="tag">
      {t(`values.status.${status}`)}
    </Tag>
  );
}

/** Every roadmap element is delivered: the Utført gate can be taken (`shown` when not there yet). */
export function readyTag(t: TFunction, shown: boolean): ReactNode {
  if (!shown) return null;
  return (
    <Tag data-color="success" data-size="sm" variant="outline" className="tag tag--ready">
      <span aria-hidden="true" className="tag__mark">
        ✓
      </span>
      {t('delivery.readyTag')}
    </Tag>
  );
}

export function PriorityTag({ priority }: { priority: Priority | null }) {
  return priorityTag(useTranslation().t, priority);
}

export function HealthTag({ health }: { health: Health | null }) {
  return healthTag(useTranslation().t, health);
}

export function StatusTag({ status, always = false }: { status: InitiativeStatus; always?: boolean }) {
  return statusTag(useTranslation().t, status, always);
}

/** Ready for Utført, said only before the initiative is in the last phase. */
export function ReadyForDoneTag({ ready, phase }: { ready: boolean; phase: string }) {
  const { t } = useTranslation();
  const isLastPhase = useIsLastPhase();
  return readyTag(t, ready && !isLastPhase(phase));
}
