import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

/** What Tab can reach inside the dialog. */
const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** Tab stops in document order; of a group of radio buttons only the one Tab lands on (the checked one). */
function tabStops(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter((element) => {
    if (element.getClientRects().length === 0) return false;
    if (element instanceof HTMLInputElement && element.type === 'radio' && element.name) {
      const group = [
        ...root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(element.name)}"]`),
      ];
      const checked = group.find((radio) => radio.checked);
      return checked ? checked === element : group[0] === element;
    }
    return true;
  });
}

/**
 * Keeps keyboard focus inside an open modal dialog and gives it back to the opener when it closes.
 * The native modal dialog already makes the page behind it inert; this also wraps Tab and Shift+Tab
 * at the ends, so focus never leaves for the browser's toolbar, and puts focus back on the element
 * that opened the dialog (if it is still on the page and nothing else took focus meanwhile).
 */
export function useDialogFocus(dialog: RefObject<HTMLDialogElement | null>, open: boolean) {
  const opener = useRef<HTMLElement | null>(null);

  // A layout effect runs before the dialog's own effect calls showModal(), while the opener still has focus.
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const element = dialog.current;
    return () => {
      const back = opener.current;
      opener.current = null;
      // After the dialog has closed (its effect runs after this clean-up), so the page is no longer inert.
      setTimeout(() => {
        const active = document.activeElement;
        const unclaimed = !active || active === document.body || (element?.contains(active) ?? false);
        if (back?.isConnected && unclaimed) back.focus();
      }, 0);
    };
  }, [open, dialog]);

  return (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !dialog.current) return;
    const stops = tabStops(dialog.current);
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
}
