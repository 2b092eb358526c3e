import { withoutEmoji } from './emoji';

/** The roadmap repository's labels, sorted by what they say. */
export type SplitLabels = {
  /** The slug of the `product/<slug>` label. */
  product: string | null;
  /** Slugs of `program/<slug>` labels. */
  programs: string[];
  /** Names of `org/<partner>` labels. */
  orgs: string[];
  /** The value of a `Prioritet=<value>` label ("Nå"). */
  priority: string | null;
  /** The element carries `admin/ignorer`: the board's owners keep it out of reports. */
  ignored: boolean;
  /** Every other label, as written. */
  others: string[];
};

const PREFIXED = /^\s*(product|program|org)\s*\/\s*(.+?)\s*$/i;
const PRIORITY = /^\s*prioritet\s*[=:]\s*(.+?)\s*$/i;
const IGNORED = /^\s*admin\s*\/\s*ignor(?:er|e)\s*$/i;

/**
 * Sorts an issue's label names. An element should carry exactly one product label; when it carries
 * several, the first in the order given is the product and the others stay in `others`, so nothing
 * is lost and a check can point at them. The first `Prioritet=` label wins the same way.
 */
export function splitLabels(names: readonly string[]): SplitLabels {
  const result: SplitLabels = {
    product: null,
    programs: [],
    orgs: [],
    priority: null,
    ignored: false,
    others: [],
  };
  for (const name of names) {
    const prefixed = PREFIXED.exec(name);
    const kind = prefixed?.[1]?.toLowerCase();
    const value = prefixed?.[2] ?? '';
    const priority = PRIORITY.exec(name)?.[1];
    if (kind === 'product' && result.product === null) result.product = value;
    else if (kind === 'program') result.programs.push(value);
    else if (kind === 'org') result.orgs.push(value);
    else if (priority !== undefined && result.priority === null) result.priority = priority;
    else if (IGNORED.test(name)) result.ignored = true;
    else result.others.push(name);
  }
  return result;
}

/** Labels that mark an epic in the teams' repositories, unless a repository configures its own. */
export const DEFAULT_EPIC_LABELS: readonly string[] = ['Epic', 'kind/epic', '☂️ epic'];

/** Emoji, variation selectors and joiners gone, spaces collapsed, lower case: "☂️ Epic " → "epic". */
const labelKey = (name: string): string => withoutEmoji(name).replace(/\s+/g, ' ').trim().toLowerCase();

/** An issue is an epic when its issue type is "Epic" or one of its labels is an epic label. */
export function isEpic(
  issue: { type: string | null; labels: readonly string[] },
  epicLabels: readonly string[] = DEFAULT_EPIC_LABELS,
): boolean {
  if (issue.type !== null && labelKey(issue.type) === 'epic') return true;
  const wanted = new Set(epicLabels.map(labelKey));
  return issue.labels.some((label) => wanted.has(labelKey(label)));
}
