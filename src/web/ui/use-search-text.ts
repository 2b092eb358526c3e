import { useEffect, useEffectEvent, useState } from 'react';

/** How long typing pauses before a search runs. */
const TYPING_PAUSE_MS = 400;

/** The search box's own text, committed after a pause in typing; follows the URL when it changes. */
export function useSearchText(committed: string | undefined, commit: (q: string | undefined) => void) {
  const [value, setValue] = useState(committed ?? '');
  const [dirty, setDirty] = useState(false);
  const [lastCommitted, setLastCommitted] = useState(committed);
  if (lastCommitted !== committed) {
    // The URL changed (back button, clear): show what it says.
    setLastCommitted(committed);
    setValue(committed ?? '');
    setDirty(false);
  }
  const commitNow = useEffectEvent((text: string) => commit(text.trim() || undefined));
  useEffect(() => {
    if (!dirty) return;
    const timer = window.setTimeout(() => {
      setDirty(false);
      commitNow(value);
    }, TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [dirty, value]);
  return {
    value,
    set: (next: string) => {
      setValue(next);
      setDirty(true);
    },
    reset: () => {
      setValue('');
      setDirty(false);
    },
    /** Stops a pending commit: the caller commits now. */
    settle: () => setDirty(false),
  };
}
