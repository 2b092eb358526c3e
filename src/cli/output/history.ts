import type { AuditEvent } from '../../contracts/audit';
import { formatTable } from './table';

/** The fields an event changed: the keys whose values differ between before and after. */
export function changedFields(event: AuditEvent): string[] {
  const before = event.before ?? {};
  const after = event.after ?? {};
  const ignored = new Set(['version', 'updatedAt', 'updatedBy']);
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !ignored.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

type PhaseName = (phaseId: string) => string;

function summary(event: AuditEvent, phaseName: PhaseName): string {
  if (event.action === 'created' || event.action === 'deleted') return '';
  if (event.action === 'transitioned') {
    const step = (key: 'phase' | 'status') => {
      const from = event.before?.[key];
      const to = event.after?.[key];
      if (typeof from !== 'string' || typeof to !== 'string' || from === to) return undefined;
      return key === 'phase' ? `${phaseName(from)} → ${phaseName(to)}` : `${from} → ${to}`;
    };
    const steps = [step('phase'), step('status')].filter(Boolean);
    if (steps.length) return steps.join(', ');
  }
  return changedFields(event).join(', ');
}

/** Events as a table; `phaseName` shows phase moves by name. */
export function formatHistory(events: AuditEvent[], phaseName: PhaseName = (id) => id): string {
  if (events.length === 0) return 'No history.';
  return formatTable(
    [
      { header: 'WHEN (UTC)', value: (e: AuditEvent) => e.at.replace('T', ' ').slice(0, 19) },
      { header: 'ACTION', value: (e) => e.action },
      { header: 'BY', value: (e) => e.actor },
      { header: 'ENTITY', value: (e) => e.entityType },
      { header: 'CHANGES', value: (e) => summary(e, phaseName), maxWidth: 70 },
    ],
    events,
  );
}
