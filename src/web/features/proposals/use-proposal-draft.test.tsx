// @vitest-environment jsdom
// React's act() needs to be told it runs in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_DRAFT } from './proposal-draft';
import { useProposalDraft, type ProposalDraftState } from './use-proposal-draft';

let state: ProposalDraftState | undefined;
const keep = (latest: ProposalDraftState) => {
  state = latest;
};
/** Renders the hook and hands what it answers to the test after each render. */
function Probe({ org }: { org: string }) {
  const latest = useProposalDraft(org);
  useEffect(() => keep(latest));
  return null;
}

let root: Root | undefined;
const mount = (org = 'demo') => {
  root = createRoot(document.createElement('div'));
  act(() => root?.render(<Probe org={org} />));
};
const unmount = () => act(() => root?.unmount());
const type = (title: string) => act(() => state?.setDraft((draft) => ({ ...draft, title })));
const current = () => {
  if (!state) throw new Error('the probe did not render');
  return state;
};

describe('useProposalDraft', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    window.localStorage.clear();
  });
  afterEach(() => {
    unmount();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('saves a moment after typing stops, per organisation, and restores on return', () => {
    mount();
    type('Første utkast');
    expect(window.localStorage.length).toBe(0);
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(current().savedAt).not.toBeNull();
    unmount();

    mount();
    expect(current().draft.title).toBe('Første utkast');
    expect(current().restoredFrom).not.toBeNull();
    unmount();

    mount('annen-org');
    expect(current().draft).toEqual(EMPTY_DRAFT);
  });

  it('keeps what was typed just before leaving, and forgets it when cleared', () => {
    mount();
    type('Skrevet i siste liten');
    unmount();
    mount();
    expect(current().draft.title).toBe('Skrevet i siste liten');
    act(() => current().clear());
    expect(current().draft).toEqual(EMPTY_DRAFT);
    unmount();
    mount();
    expect(current().restoredFrom).toBeNull();
  });

  it('works without drafts when the browser blocks storage, with a warning and no error', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error');
    mount();
    type('Uten lagring');
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(current().draft.title).toBe('Uten lagring');
    expect(current().savedAt).toBeNull();
    expect(error).not.toHaveBeenCalled();
    // Said once (on the first blocked read), as a warning, however often the form tries again.
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
