/** The DOM id of the control for a field path ("okrs.0.objective" → "proposal-okrs-0-objective"). */
export const fieldId = (path: string) => `proposal-${path.replaceAll('.', '-')}`;

/** The element a field path leads to: the field's own, or the nearest group above it that is on the page. */
function elementFor(path: string): HTMLElement | null {
  const segments = path.split('.');
  for (let length = segments.length; length > 0; length -= 1) {
    const element = document.getElementById(fieldId(segments.slice(0, length).join('.')));
    if (element) return element;
  }
  return null;
}

const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button';

/**
 * Moves focus to a field from the error summary: a group (a fieldset of choices) gives it to its
 * first control, and a closed section around it is opened first so the field can be seen.
 */
export function focusField(path: string): void {
  const element = elementFor(path);
  if (!element) return;
  const target = element.matches(FOCUSABLE) ? element : element.querySelector<HTMLElement>(FOCUSABLE);
  const details = element.closest('details');
  if (details && !details.open) details.open = true;
  (target ?? element).focus();
  (target ?? element).scrollIntoView({ block: 'center' });
}

/** Opens the closed sections that hold any of the fields, so their error messages can be seen. */
export function revealFields(paths: readonly string[]): void {
  for (const path of paths) {
    const details = elementFor(path)?.closest('details');
    if (details && !details.open) details.open = true;
  }
}

/** Focus to an element that has just been added (a new line), after React has put it on the page. */
export function focusSoon(id: string): void {
  window.requestAnimationFrame(() => document.getElementById(id)?.focus());
}
