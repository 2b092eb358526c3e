import { useEffect, useEffectEvent } from 'react';

/** What a key does on the portfolio page; see shortcuts-dialog.tsx for the list people read. */
export type ShortcutAction =
  | 'nextCard'
  | 'previousCard'
  | 'nextColumn'
  | 'previousColumn'
  | 'moveCard'
  | 'toggleView'
  | 'focusFilter'
  | 'help';

export const SHORTCUT_KEYS: Record<ShortcutAction, readonly string[]> = {
  nextCard: ['j', 'ArrowDown'],
  previousCard: ['k', 'ArrowUp'],
  nextColumn: ['l', 'ArrowRight'],
  previousColumn: ['h', 'ArrowLeft'],
  moveCard: ['m'],
  toggleView: ['t'],
  focusFilter: ['f'],
  help: ['?'],
};

/** Arrow keys belong to the page (scrolling) unless focus is already on a card. */
const ARROWS = new Set(['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight']);

export function shortcutOf(key: string): ShortcutAction | undefined {
  return (Object.keys(SHORTCUT_KEYS) as ShortcutAction[]).find((action) =>
    SHORTCUT_KEYS[action].includes(key),
  );
}

/** Typing in a field, or a dialog open: keys are the person's text, not shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog[open]')) return true;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The board's cards, column by column: each card's title link. */
function cardGrid(): HTMLElement[][] {
  return [...document.querySelectorAll<HTMLElement>('.board__column')].map((column) => [
    ...column.querySelectorAll<HTMLElement>('[data-card-link]'),
  ]);
}

/** The card link `action` leads to from `current` (the first card when none has focus). */
export function nextCardLink(
  grid: readonly (readonly HTMLElement[])[],
  current: Element | null,
  action: 'nextCard' | 'previousCard' | 'nextColumn' | 'previousColumn',
): HTMLElement | undefined {
  const column = grid.findIndex((cards) => cards.some((card) => card === current));
  if (column < 0) return grid.find((cards) => cards.length > 0)?.[0];
  const row = grid[column]?.findIndex((card) => card === current) ?? 0;
  if (action === 'nextCard') return grid[column]?.[row + 1];
  if (action === 'previousCard') return grid[column]?.[row - 1];
  const step = action === 'nextColumn' ? 1 : -1;
  for (let c = column + step; c >= 0 && c < grid.length; c += step) {
    const cards = grid[c] ?? [];
    if (cards.length > 0) return cards[Math.min(row, cards.length - 1)];
  }
  return undefined;
}

/**
 * Keyboard shortcuts of the board: move between cards, move a card, switch the view, go to the search,
 * show the list. Enter on a focused card opens it (it is a link).
 */
export function useBoardShortcuts(handlers: {
  onMove: (key: string) => void;
  onToggleView: () => void;
  onHelp: () => void;
}): void {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    const action = shortcutOf(event.key);
    if (!action) return;
    const onCard = document.activeElement?.hasAttribute('data-card-link') === true;
    if (ARROWS.has(event.key) && !onCard) return;
    event.preventDefault();
    switch (action) {
      case 'nextCard':
      case 'previousCard':
      case 'nextColumn':
      case 'previousColumn':
        nextCardLink(cardGrid(), document.activeElement, action)?.focus();
        return;
      case 'moveCard': {
        const key = onCard ? document.activeElement?.getAttribute('data-card-link') : null;
        if (key) handlers.onMove(key);
        return;
      }
      case 'toggleView':
        handlers.onToggleView();
        return;
      case 'focusFilter':
        document.querySelector<HTMLElement>('[data-shortcut-target="filter-text"]')?.focus();
        return;
      case 'help':
        handlers.onHelp();
        return;
    }
  });
  useEffect(() => {
    document.addEventListener('keydown', handle);
    return () => document.removeEventListener('keydown', handle);
  }, []);
}
