import { earliestDate, latestDate, latestTimestamp } from './date-bounds';
import type { ElementRollup } from './roll-up-element';

export type InitiativeElement = ElementRollup & { estimatePersonWeeks: number | null };

export type InitiativeInput = { elements: InitiativeElement[] };

export type InitiativeRollup = {
  /** 0–1, weighted by element size; null when no relevant element. */
  progress: number | null;
  /** Σ progress × weight and Σ weight over relevant elements, in person-weeks when estimated. */
  doneUnits: number;
  totalUnits: number;
  /** Every relevant element delivered (and at least one): the initiative is ready for Utført. */
  readyForDone: boolean;
  relevantElements: number;
  rolledStart: string | null;
  rolledEnd: string | null;
  lastActivityAt: string | null;
};

const hasEstimate = (
  element: InitiativeElement,
): element is InitiativeElement & { estimatePersonWeeks: number } =>
  element.estimatePersonWeeks !== null && element.estimatePersonWeeks > 0;

export function rollUpInitiative(input: InitiativeInput): InitiativeRollup {
  // Elements closed as not planned or duplicate take no part: not in progress, the gate nor dates.
  const elements = input.elements.filter((element) => element.relevant);

  // Person-weeks are an element's size. An element without an estimate must neither vanish
  // (weight 0) nor dominate (an arbitrary large weight), so it weighs as much as the average
  // estimated element; when none is estimated, every element weighs the same.
  const estimates = elements.filter(hasEstimate).map((element) => element.estimatePersonWeeks);
  const fallbackWeight =
    estimates.length > 0 ? estimates.reduce((sum, weeks) => sum + weeks, 0) / estimates.length : 1;

  let doneUnits = 0;
  let totalUnits = 0;
  for (const element of elements) {
    const weight = hasEstimate(element) ? element.estimatePersonWeeks : fallbackWeight;
    // An element with no epics yet has planned work and nothing done: it counts as 0, not as absent.
    doneUnits += (element.progress ?? 0) * weight;
    totalUnits += weight;
  }

  return {
    progress: elements.length > 0 ? doneUnits / totalUnits : null,
    doneUnits,
    totalUnits,
    readyForDone: elements.length > 0 && elements.every((element) => element.delivered),
    relevantElements: elements.length,
    rolledStart: earliestDate(elements.map((element) => element.rolledStart)),
    rolledEnd: latestDate(elements.map((element) => element.rolledEnd)),
    lastActivityAt: latestTimestamp(elements.map((element) => element.lastActivityAt)),
  };
}
