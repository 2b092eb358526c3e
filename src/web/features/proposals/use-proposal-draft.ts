import { useCallback, useEffect, useRef, useState } from 'react';
import {
  EMPTY_DRAFT,
  deserialiseDraft,
  isEmptyDraft,
  serialiseDraft,
  type ProposalDraft,
} from './proposal-draft';

/** How long typing must pause before the draft is saved. */
const SAVE_DELAY_MS = 800;

const storageKey = (org: string) => `rodtrad.proposal-draft.${org}`;

/**
 * The browser's storage, or null when the browser blocks it (privacy settings, some embedded views):
 * the form then works as before, only without drafts. A warning, not an error, says so once.
 */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch (error) {
    warnOnce(error);
    return null;
  }
}

let warned = false;
function warnOnce(error: unknown) {
  if (warned) return;
  warned = true;
  console.warn('proposal drafts cannot be kept in this browser', error);
}

function attempt<T>(run: (store: Storage) => T): T | null {
  const store = storage();
  if (!store) return null;
  try {
    return run(store);
  } catch (error) {
    warnOnce(error);
    return null;
  }
}

export interface ProposalDraftState {
  draft: ProposalDraft;
  setDraft: (update: (current: ProposalDraft) => ProposalDraft) => void;
  /** When the draft shown was saved earlier and read back on opening the page (ISO time). */
  restoredFrom: string | null;
  /** When this visit last saved the draft (ISO time). */
  savedAt: string | null;
  /** Empties the form and forgets the stored draft (discard, or after the proposal was sent). */
  clear: () => void;
}

/** The proposal being written, kept in the browser per organisation a moment after each change. */
export function useProposalDraft(org: string): ProposalDraftState {
  const [initial] = useState(() => deserialiseDraft(attempt((store) => store.getItem(storageKey(org)))));
  const [draft, setDraftState] = useState<ProposalDraft>(initial?.draft ?? EMPTY_DRAFT);
  const [restoredFrom, setRestoredFrom] = useState<string | null>(initial?.savedAt ?? null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const dirty = useRef(false);
  const latest = useRef(draft);
  useEffect(() => {
    latest.current = draft;
  }, [draft]);

  /** Writes the latest draft now, if it changed since the last write. */
  const save = useCallback(() => {
    if (!dirty.current) return;
    dirty.current = false;
    const current = latest.current;
    const now = new Date();
    if (isEmptyDraft(current)) {
      attempt((store) => store.removeItem(storageKey(org)));
      setSavedAt(null);
      return;
    }
    const saved = attempt((store) => {
      store.setItem(storageKey(org), serialiseDraft(current, now));
      return true;
    });
    if (saved) setSavedAt(now.toISOString());
  }, [org]);

  useEffect(() => {
    const timer = window.setTimeout(save, SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, save]);

  // What was typed just before leaving the page (or closing the tab) is kept too.
  useEffect(() => {
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      save();
    };
  }, [save]);

  const setDraft = useCallback((update: (current: ProposalDraft) => ProposalDraft) => {
    dirty.current = true;
    setDraftState(update);
  }, []);

  const clear = useCallback(() => {
    dirty.current = false;
    attempt((store) => store.removeItem(storageKey(org)));
    setDraftState(EMPTY_DRAFT);
    setRestoredFrom(null);
    setSavedAt(null);
  }, [org]);

  return { draft, setDraft, restoredFrom, savedAt, clear };
}
