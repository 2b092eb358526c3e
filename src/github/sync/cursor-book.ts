import type { ServiceContext } from '../../services/shared/context';
import { getSyncCursors, saveSyncCursor } from '../../services/github-sync/sync-state';

/** GitHub's form of a time, in whole seconds ("2026-03-01T10:00:00Z"): a cursor's `since` is sent as it. */
export const githubTime = (iso: string): string => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Where a listing stopped: the ETag of its last answer and the address it answered for, its `since`, kept data. */
export interface Cursor {
  etag: string | null;
  since: string | null;
  url: string | null;
  data?: unknown;
}

/** The run's view of the stored cursors; a cursor is saved once what it covers has been applied. */
export class CursorBook {
  private constructor(
    private readonly ctx: ServiceContext,
    private readonly cursors: Map<string, Cursor>,
  ) {}

  static async load(ctx: ServiceContext): Promise<CursorBook> {
    const rows = await getSyncCursors(ctx);
    const cursors = new Map<string, Cursor>();
    for (const [resource, row] of rows) {
      cursors.set(resource, {
        etag: row.etag,
        since: row.since ? githubTime(row.since.toISOString()) : null,
        url: row.url,
        data: row.data ?? undefined,
      });
    }
    return new CursorBook(ctx, cursors);
  }

  get(resource: string): Cursor | undefined {
    return this.cursors.get(resource);
  }

  async save(resource: string, cursor: Cursor): Promise<void> {
    this.cursors.set(resource, cursor);
    await saveSyncCursor(this.ctx, {
      resource,
      etag: cursor.etag,
      since: cursor.since ? new Date(cursor.since) : null,
      url: cursor.url,
      data: cursor.data,
    });
  }
}
