import {
  INITIATIVE_MATCH_FIELDS,
  type InitiativeHit,
  type SearchGroup,
  type SearchQuery,
  type SearchResult,
} from '../../contracts/search';
import {
  searchTerms,
  selectElementMatches,
  selectEpicMatches,
  selectInitiativeMatches,
  selectPersonMatches,
  type InitiativeMatchRow,
} from '../../store/repositories/search-repository';
import type { ServiceContext } from '../shared/context';
import { containsWord, matchSnippet } from './match-snippet';

/** The rows a query answered (one more than asked for), as a group that says whether there were more. */
const groupOf = <R, T>(rows: R[], limit: number, map: (row: R) => T): SearchGroup<T> => ({
  items: rows.slice(0, limit).map(map),
  more: rows.length > limit,
});

const githubRef = (r: {
  githubOwner: string | null;
  githubRepo: string | null;
  githubNumber: number | null;
}) =>
  r.githubOwner && r.githubRepo && r.githubNumber !== null
    ? `${r.githubOwner}/${r.githubRepo}#${r.githubNumber}`
    : null;

/**
 * Initiatives, roadmap elements, epics and people whose names or texts hold every word of `q`; one
 * query per kind. Only fields anyone in the organisation may read are searched.
 */
export async function searchPortfolio(ctx: ServiceContext, query: SearchQuery): Promise<SearchResult> {
  const db = ctx.database.db;
  const terms = searchTerms(ctx.orgId, query.q, query.limit);
  const firstWord = query.q.split(/\s+/).find(Boolean) ?? query.q;
  const [initiatives, elements, epics, people] = await Promise.all([
    selectInitiativeMatches(db, terms),
    selectElementMatches(db, terms),
    selectEpicMatches(db, terms),
    selectPersonMatches(db, terms),
  ]);
  return {
    q: query.q,
    initiatives: groupOf(initiatives, query.limit, (r) => initiativeHit(r, firstWord)),
    roadmapElements: groupOf(elements, query.limit, (r) => ({
      id: r.id,
      title: r.title,
      status: r.status as SearchResult['roadmapElements']['items'][number]['status'],
      ref: githubRef(r),
    })),
    epics: groupOf(epics, query.limit, (r) => ({
      id: r.id,
      title: r.title,
      state: r.state as SearchResult['epics']['items'][number]['state'],
      ref: githubRef(r),
      url: r.url,
      elementId: r.elementId,
      teamName: r.teamName,
    })),
    people: groupOf(people, query.limit, (r) => ({ id: r.id, name: r.name, title: r.title })),
  };
}

/** Where the first word was found (key, title, then the texts in order), with a snippet from a text. */
function initiativeHit(row: InitiativeMatchRow, firstWord: string): InitiativeHit {
  const matchedIn = INITIATIVE_MATCH_FIELDS.find((f) => containsWord(row[f], firstWord)) ?? 'title';
  const text = matchedIn === 'key' || matchedIn === 'title' ? null : row[matchedIn];
  return {
    id: row.id,
    key: row.key,
    title: row.title,
    phase: row.phase,
    status: row.status as InitiativeHit['status'],
    matchedIn,
    snippet: text ? matchSnippet(text, firstWord) : null,
  };
}
