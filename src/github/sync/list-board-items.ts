import { z } from 'zod';
import type { GetResult, GithubClient } from '../http/github-client';
import { plainFieldValue, toBoardItem, type BoardItem } from './board-item';
import type { CursorBook } from './cursor-book';
import type { BoardSource } from './sync-sources';

const PER_PAGE = 100;

const FieldSchema = z.object({
  id: z.number(),
  name: z.string(),
  /** Single-select options: write-back sets Status by option id. */
  options: z
    .array(z.object({ id: z.union([z.string(), z.number()]), name: z.unknown() }))
    .optional()
    .transform((options) =>
      options?.map((o) => ({ id: String(o.id), name: String(plainFieldValue(o.name) ?? '') })),
    ),
});
export const FieldsSchema = z.array(FieldSchema);
export interface BoardField {
  id: number;
  name: string;
  options?: { id: string; name: string }[] | undefined;
}
type Field = BoardField;

const boardPath = (b: { owner: string; number: number }) =>
  `/orgs/${encodeURIComponent(b.owner)}/projectsV2/${b.number}`;
/** Fields as kept in the cursor: already in the shape FieldSchema makes. */
const KeptFieldsSchema = z.array(
  z.object({
    id: z.number(),
    name: z.string(),
    options: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
  }),
);

/** The board's fields as the last listing kept them. */
export function keptBoardFields(book: CursorBook, board: { owner: string; number: number }): BoardField[] {
  const kept = KeptFieldsSchema.safeParse(book.get(`${boardResource(board)}:fields`)?.data);
  return kept.success ? kept.data : [];
}

export const boardResource = (b: { owner: string; number: number }) =>
  `board:${b.owner}/${b.number}`.toLowerCase();

/** The board's fields (ids by name), kept with their ETag: an unchanged board answers 304. */
async function boardFields(client: GithubClient, board: BoardSource, book: CursorBook): Promise<Field[]> {
  const resource = `${boardResource(board)}:fields`;
  const cursor = book.get(resource);
  const kept = KeptFieldsSchema.safeParse(cursor?.data);
  const answer = await client.get<unknown>(`${boardPath(board)}/fields`, {
    owner: board.owner,
    query: { per_page: 100 },
    ...(cursor?.etag && kept.success ? { etag: cursor.etag } : {}),
  });
  if (answer.status === 304 && kept.success) return kept.data;
  if (answer.status === 304) throw new Error(`the fields of ${resource} answered 304 without a kept copy`);
  const fields = FieldsSchema.parse(answer.data);
  await book.save(resource, { etag: answer.etag, since: null, url: answer.finalUrl, data: fields });
  return fields;
}

export interface BoardListing {
  items: BoardItem[];
  /** Every page was read (no 304): `items` is the whole board, so what is missing was removed. */
  complete: boolean;
  save: () => Promise<void>;
}

/**
 * The board's items with the named fields' values. Each page is asked with the ETag it answered last
 * time; a 304 page costs no rate limit and its items are as they were, so only changed pages come back.
 * With `full`, no ETag is sent and the whole board is read.
 */
export async function listBoardItems(
  client: GithubClient,
  board: BoardSource,
  fieldNames: readonly string[],
  book: CursorBook,
  options: { full: boolean; onPage?: (n: number) => void },
): Promise<BoardListing> {
  const fields = await boardFields(client, board, book);
  const wanted = fields.filter((f) => fieldNames.some((n) => n.toLowerCase() === f.name.toLowerCase()));
  const resource = boardResource(board);
  const pageKey = (n: number) => `${resource}:page:${n}`;
  const items: BoardItem[] = [];
  const saves: { key: string; etag: string | null; url: string; next: string | null }[] = [];
  let complete = true;
  let url: string | null = null;
  for (let n = 1; ; n += 1) {
    const kept = book.get(pageKey(n));
    const first = n === 1;
    const query = first
      ? { per_page: PER_PAGE, ...(wanted.length ? { fields: wanted.map((f) => f.id).join(',') } : {}) }
      : undefined;
    const path = first ? `${boardPath(board)}/items` : url!;
    const useEtag: boolean = !options.full && !!kept?.etag && (first || kept.url === url);
    const answer: GetResult<unknown[]> = await client.get<unknown[]>(path, {
      owner: board.owner,
      ...(query ? { query } : {}),
      ...(useEtag ? { etag: kept!.etag! } : {}),
    });
    if (answer.status === 304) {
      complete = false;
      url = (kept?.data as { next?: string | null } | undefined)?.next ?? null;
    } else {
      const page = answer.data.flatMap((raw) => toBoardItem(raw) ?? []);
      items.push(...page);
      options.onPage?.(answer.data.length);
      url = answer.link.next ?? null;
      saves.push({ key: pageKey(n), etag: answer.etag, url: answer.finalUrl, next: url });
    }
    if (!url) break;
  }
  return {
    items,
    complete,
    save: async () => {
      for (const s of saves)
        await book.save(s.key, { etag: s.etag, since: null, url: s.url, data: { next: s.next } });
    },
  };
}
