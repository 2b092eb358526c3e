import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { InitiativeStatus, Priority } from '../../contracts/initiatives';
import type { Health } from '../../contracts/rollup';
import { useIsLastPhase } from '../api/thread-queries';

/** Designsystemet's colour for each health. */
export const HEALTH_COLOR = { green: 'success', yellow: 'warning', red: 'danger' } as const;
const STATUS_COLOR = { active: 'neutral', parked: 'warning', stopped: 'danger' } as const;

/** MoSCoW priority; nothing when none is given. */
export function PriorityTag({ priority }: { priority: Priority | null }) {
  const { t } = useTranslation();
  if (!priority) return null;
  return (
    <Tag data-color="neutral" data-size="sm" className="tag">
      {t(`values.priority.${priority}`)}
    </Tag>
  );
}

/** Health, by colour and in words (colour alone tells nothing to many readers). */
export function HealthTag({ health }: { health: Health | null }) {
  const { t } = useTranslation();
  if (!health) return null;
  return (
    <Tag data-color={HEALTH_COLOR[health]} data-size="sm" className="tag">
      <span className={`health-dot health-dot--${health}`} aria-hidden="true" />
      {t('labels.health', { value: t(`values.health.${health}`) })}
    </Tag>
  );
}

/** Parked and stopped are shown; active is the normal case and says nothing. */
export function StatusTag({ status, always = false }: { status: InitiativeStatus; always?: boolean }) {
  const { t } = useTranslation();
  if (status === 'active' && !always) return null;
  return (
    <Tag data-color={STATUS_COLOR[status]} data-size="sm" variant="outline" className="tag">
      {t(`values.status.${status}`)}
    </Tag>
  );
}

/**
 * Every roadmap element of the initiative is delivered: the Utført gate can be taken. Said only
 * before the initiative is there.
 */
export function ReadyForDoneTag({ ready, phase }: { ready: boolean; phase: string }) {
  const { t } = useTranslation();
  const isLastPhase = useIsLastPhase();
  if (!ready || isLastPhase(phase)) return null;
  return (
    <Tag data-color="success" data-size="sm" variant="outline" className="tag tag--ready">
      <span aria-hidden="true" className="tag__mark">
        ✓
      </span>
      {t('delivery.readyTag')}
    </Tag>
  );
}
