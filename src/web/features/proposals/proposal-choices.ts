import type { InitiativeSummary } from '../../../contracts/initiatives';
import type { Item, Source } from '../../../contracts/strategy';
import type { Choice, ChoiceGroup } from './choice-list';

/** "Tiltak 12 Title", or the title alone when the item has no number of its own. */
const itemLabel = (item: Item) => (item.ref ? `${item.ref} ${item.title}` : item.title);

/**
 * The strategic items to choose from, one group per source in the sources' order, each item under
 * its parent (key results under their objective) in the order they were added.
 */
export function strategyChoiceGroups(sources: readonly Source[], items: readonly Item[]): ChoiceGroup[] {
  const children = new Map<string | null, Item[]>();
  const ids = new Set(items.map((item) => item.id));
  for (const item of items) {
    // An item whose parent is not in the list is shown at the top of its source.
    const parent = item.parentId && ids.has(item.parentId) ? item.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), item]);
  }
  const walk = (item: Item, depth: number): Choice[] => [
    { id: item.id, label: itemLabel(item), depth },
    ...(children.get(item.id) ?? []).flatMap((child) => walk(child, depth + 1)),
  ];
  const roots = children.get(null) ?? [];
  return sources
    .map((source) => ({
      label: source.title,
      choices: roots.filter((item) => item.sourceId === source.id).flatMap((item) => walk(item, 0)),
    }))
    .filter((group) => group.choices.length > 0);
}

/** Other initiatives, newest case numbers first: a new proposal most often builds on recent work. */
export function initiativeChoices(initiatives: readonly InitiativeSummary[]): Choice[] {
  const number = (key: string) => {
    const [, n = '0', year = '0'] = /^Sak (\d+)-(\d{4})$/.exec(key) ?? [];
    return Number(year) * 1_000_000 + Number(n);
  };
  return [...initiatives]
    .sort((a, b) => number(b.key) - number(a.key))
    .map((initiative) => ({ id: initiative.id, label: `${initiative.key} ${initiative.title}` }));
}

/** Named things (people, groups) as choices, alphabetically in the language's order. */
export function namedChoices(entities: readonly { id: string; name: string }[]): Choice[] {
  return [...entities]
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
    .map((entity) => ({ id: entity.id, label: entity.name }));
}

/**
 * The choices a filter leaves: chosen ones always, others whose label holds the filter text, at
 * most `max` of those; `more` when some that match were left out.
 */
export function visibleChoices(
  groups: readonly ChoiceGroup[],
  selected: readonly string[],
  filter: string,
  max: number,
): { groups: ChoiceGroup[]; shown: number; more: boolean } {
  const needle = filter.trim().toLocaleLowerCase();
  let room = max;
  let more = false;
  const kept = groups
    .map((group) => ({
      ...group,
      choices: group.choices.filter((choice) => {
        if (selected.includes(choice.id)) return true;
        if (needle && !choice.label.toLocaleLowerCase().includes(needle)) return false;
        if (room === 0) {
          more = true;
          return false;
        }
        room -= 1;
        return true;
      }),
    }))
    .filter((group) => group.choices.length > 0);
  return { groups: kept, shown: kept.reduce((sum, group) => sum + group.choices.length, 0), more };
}
