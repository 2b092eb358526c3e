import type { LightMyRequestResponse } from 'fastify';
import type { Database } from '../../services/store-lifecycle';
import { json, type TestApi } from '../testing/test-app';

/** Helpers for the organisation and strategy API tests: one organisation, paths under it. */
export interface OrgApi {
  readonly org: string;
  post(path: string, payload: object): Promise<LightMyRequestResponse>;
  /** POSTs and insists on 201, answering the created entity. */
  make<T extends { id: string } = { id: string; version: number }>(path: string, payload: object): Promise<T>;
  get(path: string): Promise<LightMyRequestResponse>;
  patch(path: string, etag: string | undefined, payload: object): Promise<LightMyRequestResponse>;
  remove(path: string, etag: string | undefined): Promise<LightMyRequestResponse>;
  /** Follows nextCursor with `limit` per page and answers every item seen. */
  listAll<T>(path: string, limit: number): Promise<{ items: T[]; pages: number }>;
}

export function orgApi(api: TestApi, org: string): OrgApi {
  const url = (path: string) => `/api/v1/orgs/${org}/${path}`;
  const ifMatch = (etag: string | undefined) => (etag ? { 'if-match': etag } : {});
  const post = (path: string, payload: object) => api.request({ method: 'POST', url: url(path), payload });
  return {
    org,
    post,
    async make<T>(path: string, payload: object) {
      const res = await post(path, payload);
      if (res.statusCode !== 201) throw new Error(`POST ${path} answered ${res.statusCode}: ${res.body}`);
      return json<T>(res);
    },
    get: (path) => api.request({ method: 'GET', url: url(path) }),
    patch: (path, etag, payload) =>
      api.request({ method: 'PATCH', url: url(path), headers: ifMatch(etag), payload }),
    remove: (path, etag) => api.request({ method: 'DELETE', url: url(path), headers: ifMatch(etag) }),
    async listAll<T>(path: string, limit: number) {
      const items: T[] = [];
      let pages = 0;
      let cursor: string | null = null;
      do {
        const query: string = `?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
        const res = await api.request({ method: 'GET', url: url(`${path}${query}`) });
        if (res.statusCode !== 200) throw new Error(`GET ${path} answered ${res.statusCode}: ${res.body}`);
        const page = json<{ items: T[]; nextCursor: string | null }>(res);
        items.push(...page.items);
        pages += 1;
        cursor = page.nextCursor;
      } while (cursor && pages < 100);
      return { items, pages };
    },
  };
}

export interface AuditLine {
  entityType: string;
  action: string;
  actor: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The history of one entity, oldest first, as GET history/:id answers it. */
export async function auditTrail(o: OrgApi, entityId: string): Promise<AuditLine[]> {
  const res = await o.get(`history/${entityId}`);
  if (res.statusCode !== 200)
    throw new Error(`GET history/${entityId} answered ${res.statusCode}: ${res.body}`);
  return json<{ items: AuditLine[] }>(res).items;
}

/** How many rows of `table` the organisation has: "nothing was written" checks count them. */
export async function countRows(database: Database, table: string, org: string): Promise<number> {
  const [row] = await database.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${table} t JOIN organisations o ON o.id = t.org_id WHERE o.slug = $1`,
    [org],
  );
  return row?.n ?? 0;
}

/**
 * An initiative row pointing at `links`, written straight to the store because the initiative API is
 * another module's: it only serves to make organisation and strategy rows "in use".
 */
export async function insertInitiativeUsing(
  database: Database,
  org: string,
  links: { teamId?: string; workingGroupId?: string; itemId?: string },
): Promise<void> {
  const [orgRow] = await database.query<{ id: string }>('SELECT id FROM organisations WHERE slug = $1', [
    org,
  ]);
  if (!orgRow) throw new Error(`no organisation ${org}`);
  const id = crypto.randomUUID();
  const number = Math.floor(Math.random() * 1_000_000);
  await database.query(
    `INSERT INTO initiatives (id, org_id, key, key_year, key_number, title, phase, created_by, updated_by,
       allocation_kind, allocation_working_group_id)
     VALUES ($1, $2, $3, 2026, $4, 'Brukes', 'ikke-startet', 'test', 'test', $5, $6)`,
    [
      id,
      orgRow.id,
      `Sak ${number}-2026`,
      number,
      links.workingGroupId ? 'working-group' : null,
      links.workingGroupId ?? null,
    ],
  );
  if (links.teamId) {
    await database.query(
      'INSERT INTO initiative_teams (org_id, initiative_id, team_id) VALUES ($1, $2, $3)',
      [orgRow.id, id, links.teamId],
    );
  }
  if (links.itemId) {
    await database.query(
      'INSERT INTO initiative_strategic_items (org_id, initiative_id, item_id) VALUES ($1, $2, $3)',
      [orgRow.id, id, links.itemId],
    );
  }
}
