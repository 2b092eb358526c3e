import type { ElementRollup } from '../../domain/rollup/roll-up-element';
import type { ElementRow } from '../../store/repositories/rollup/element-inputs';

export interface StatusChange {
  id: string;
  from: string;
  status: string;
  setByRollup: boolean;
}

/**
 * The delivery rule: when every epic is delivered the element becomes Levert (organisations that set
 * `elementDelivery: 'propose'` only see it proposed). A reopened epic undoes a Levert the roll-up set;
 * a Levert a person set stays, and is proposed back to Under arbeid instead.
 */
export function planStatusChange(
  element: ElementRow,
  rollup: ElementRollup,
  elementDelivery: 'set' | 'propose',
): StatusChange | null {
  if (elementDelivery === 'set' && rollup.delivered && rollup.relevant && element.status !== 'delivered') {
    return { id: element.id, from: element.status, status: 'delivered', setByRollup: true };
  }
  if (!rollup.delivered && element.status === 'delivered' && element.statusSetByRollup) {
    return { id: element.id, from: element.status, status: 'in-progress', setByRollup: false };
  }
  return null;
}

/** What a person is asked to confirm when the roll-up may not set the status itself. */
export function proposedStatusOf(
  status: string,
  delivered: boolean,
  countedEpics: number,
): 'delivered' | 'in-progress' | null {
  if (delivered && status !== 'delivered') return 'delivered';
  if (!delivered && countedEpics > 0 && status === 'delivered') return 'in-progress';
  return null;
}
