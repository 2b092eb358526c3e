import type { Okr } from '../../contracts/initiatives';
import { LIMITS } from '../../contracts/limits';
import { parseChecklist } from './checklist';
import { cutText } from './cut-text';
import { isPlaceholder } from './placeholder';

/** "Mål 1: Flere digitale søknader", "**Mål 2**", "Objective 1 – …", "Mål:" (the number optional). */
const OBJECTIVE = /^(?:mål|målsetting|objective|goal)\s*(?:\d{1,2})?\s*(?:[:.)–—-]\s*|\s+|$)(.*)$/iu;
/** "Nøkkelresultat 1:", "KR1 -", "Key result:" before a key result's words. */
const KEY_RESULT_PREFIX = /^(?:nøkkelresultat(?:er)?|key results?|kr)\s*\d{0,2}\s*(?:[:.)–—-]\s*|\s+|$)/iu;
const EMPHASIS = /\*\*|__/g;
/** The contract's bounds: ten objectives, ten key results each. */
const MAX_ITEMS = 10;
// Links in OKR lines are not read; the checklist parser needs a repository for short references.
const NO_REPOSITORY = { owner: '-', repo: '-' };

type Draft = { title: string | null; explicit: boolean; keyResults: Okr['keyResults'] };

const cleanTitle = (text: string): string | null => {
  const title = text.replace(EMPHASIS, '').trim();
  return title === '' || isPlaceholder(title) ? null : cutText(title, LIMITS.name);
};

/** Objectives with a title or key results; an objective without words is named after its place. */
function finish(drafts: readonly Draft[]): Okr[] {
  return drafts
    .filter((draft) => draft.keyResults.length > 0 || (draft.explicit && draft.title !== null))
    .slice(0, MAX_ITEMS)
    .map((draft, index) => ({
      objective: draft.title ?? `Mål ${index + 1}`,
      keyResults: draft.keyResults.slice(0, MAX_ITEMS),
    }));
}

/**
 * Objectives and key results from the lines under *Mål og nøkkelresultat (OKR)*: a "Mål N" line or
 * heading opens an objective (its words after the number, or the next plain line); checkbox lines
 * are its key results, done when checked. Placeholder key results ("Nøkkelresultat 1", "TBA") are
 * left out. Key results before any "Mål" line belong to an objective named "Mål 1". A plain line
 * before any "Mål" line names an objective only if key results follow it.
 */
export function parseOkrs(text: string): Okr[] {
  const drafts: Draft[] = [];
  for (const item of parseChecklist(text, NO_REPOSITORY).items) {
    const current = drafts.at(-1);
    if (item.checked !== null) {
      const title = cleanTitle(item.text.replace(EMPHASIS, '').trim().replace(KEY_RESULT_PREFIX, ''));
      if (title === null) continue;
      const target = current ?? { title: null, explicit: false, keyResults: [] };
      if (current === undefined) drafts.push(target);
      target.keyResults.push({ title, target: null, current: null, done: item.checked });
      continue;
    }
    const objective = OBJECTIVE.exec(item.text.replace(EMPHASIS, '').trim());
    if (objective) drafts.push({ title: cleanTitle(objective[1] ?? ''), explicit: true, keyResults: [] });
    else if (current === undefined)
      drafts.push({ title: cleanTitle(item.text), explicit: false, keyResults: [] });
    else if (current.title === null && current.keyResults.length === 0) current.title = cleanTitle(item.text);
  }
  return finish(drafts);
}
