import type { z } from 'zod';
import { pageOf, type Page } from '../contracts/common';
import type { HttpTransport } from './http';

/** A read or write answer with the ETag to send as If-Match on the next write. */
export interface Versioned<T> {
  data: T;
  etag: string;
}

export interface PageRequest {
  limit?: number;
  cursor?: string | null;
}

/** The server's ETag is `"v<version>"`; used only if a proxy dropped the header. */
export const etagOfVersion = (version: number): string => `"v${version}"`;

export function versioned<T extends { version: number }>(answer: {
  data: T;
  etag: string | null;
}): Versioned<T> {
  return { data: answer.data, etag: answer.etag ?? etagOfVersion(answer.data.version) };
}

/** Follows nextCursor until the last page; `fetchPage` gets the cursor to continue from. */
export async function collectAllPages<T>(
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await fetchPage(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** List, read, create, update and delete of one organisation or strategy entity. */
export class CrudResource<T extends { id: string; version: number }, Create, Update> {
  private readonly pageSchema: z.ZodType<Page<T>>;

  constructor(
    private readonly http: HttpTransport,
    /** e.g. "/api/v1/orgs/demo/people" */
    readonly basePath: string,
    private readonly entity: z.ZodType<T>,
  ) {
    this.pageSchema = pageOf(entity);
  }

  private itemPath(id: string): string {
    return `${this.basePath}/${encodeURIComponent(id)}`;
  }

  async list(page: PageRequest = {}): Promise<Page<T>> {
    const query = { limit: page.limit, cursor: page.cursor };
    return (await this.http.sendParsed({ method: 'GET', path: this.basePath, query }, this.pageSchema)).data;
  }

  /** Every row, page by page. */
  listAll(pageSize = 200): Promise<T[]> {
    return collectAllPages((cursor) => this.list({ limit: pageSize, cursor }));
  }

  async get(id: string): Promise<Versioned<T>> {
    return versioned(await this.http.sendParsed({ method: 'GET', path: this.itemPath(id) }, this.entity));
  }

  async create(body: Create): Promise<Versioned<T>> {
    return versioned(await this.http.sendParsed({ method: 'POST', path: this.basePath, body }, this.entity));
  }

  async update(id: string, body: Update, ifMatch: string): Promise<Versioned<T>> {
    return versioned(
      await this.http.sendParsed({ method: 'PATCH', path: this.itemPath(id), body, ifMatch }, this.entity),
    );
  }

  async remove(id: string, ifMatch: string): Promise<void> {
    await this.http.send({ method: 'DELETE', path: this.itemPath(id), ifMatch });
  }
}
