import type { CheckItem } from '../../contracts/checks';
import { findPlaceholders } from '../../domain/checks/find-placeholders';
import type { Db } from '../../store/database';
import {
  selectElementTexts,
  selectPlaceholderEpicTitles,
} from '../../store/repositories/checks/check-inputs';

/** The element fields a template fills, with the words the detail names them by. */
const FIELDS = [
  ['title', 'title'],
  ['overview', 'overview'],
  ['expectedResult', 'expected result'],
  ['howItWorks', 'how it works'],
] as const;

/**
 * Roadmap elements still holding template leftovers in their texts, or pointing to an epic whose title
 * is one ("Draft epos"). The detail says where: "overview: TBA; epic “Draft epos”". The texts are judged
 * here, by the domain's findPlaceholders, because the rules (sections, NA as a value) are not SQL.
 */
export async function findElementPlaceholders(db: Db, orgId: string): Promise<CheckItem[]> {
  const [elements, epics] = await Promise.all([
    selectElementTexts(db, orgId),
    selectPlaceholderEpicTitles(db, orgId),
  ]);
  const draftEpics = new Map<string, string[]>();
  for (const { elementId, epicTitle } of epics) {
    if (findPlaceholders(epicTitle).length === 0) continue;
    const titles = draftEpics.get(elementId);
    if (titles) titles.push(epicTitle);
    else draftEpics.set(elementId, [epicTitle]);
  }
  const items: CheckItem[] = [];
  for (const element of elements) {
    const found: string[] = [];
    for (const [field, name] of FIELDS) {
      const placeholders = findPlaceholders(element[field]);
      if (placeholders.length > 0) found.push(`${name}: ${placeholders.join(', ')}`);
    }
    for (const title of new Set(draftEpics.get(element.id))) found.push(`epic “${title}”`);
    if (found.length === 0) continue;
    items.push({
      type: 'roadmap-element',
      id: element.id,
      ref: element.ref,
      title: element.title,
      detail: found.join('; '),
    });
  }
  return items;
}
