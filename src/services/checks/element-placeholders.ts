import type { CheckItem } from '../../contracts/checks';
import { findPlaceholders } from '../../domain/checks/find-placeholders';
import type { Db } from '../../store/database';
import {
  selectElementTexts,
  selectPlaceholderEpicTitles,
} from '../../store/repositories/checks/check-inputs';
import { PLACEHOLDER_FIELDS, placeholderDetail, type PlaceholderField } from './check-details';

/**
 * Roadmap elements still holding template leftovers in their texts, or pointing to an epic whose title
 * is one ("Draft epos"). The detail says where: "overview: TBA; epic “Draft epos”" (and so on in bokmål
 * and nynorsk). The texts are judged here, by the domain's findPlaceholders, because the rules
 * (sections, NA as a value) are not SQL.
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
    const fields: Array<{ field: PlaceholderField; placeholders: string[] }> = [];
    for (const field of PLACEHOLDER_FIELDS) {
      const placeholders = findPlaceholders(element[field]);
      if (placeholders.length > 0) fields.push({ field, placeholders });
    }
    const epicTitles = [...new Set(draftEpics.get(element.id))];
    if (fields.length === 0 && epicTitles.length === 0) continue;
    items.push({
      type: 'roadmap-element',
      id: element.id,
      ref: element.ref,
      title: element.title,
      detail: placeholderDetail(fields, epicTitles),
    });
  }
  return items;
}
