import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../database';
import { githubDigests } from '../../schema';
import { chunks } from '../chunks';

/** The digests of the given lower-case refs, by ref. */
export async function selectDigests(db: Db, orgId: string, refs: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const part of chunks([...new Set(refs)], 1_000)) {
    const rows = await db
      .select({ ref: githubDigests.ref, digest: githubDigests.digest })
      .from(githubDigests)
      .where(and(eq(githubDigests.orgId, orgId), inArray(githubDigests.ref, part)));
    for (const r of rows) found.set(r.ref, r.digest);
  }
  return found;
}

export async function upsertDigests(
  db: Db,
  orgId: string,
  digests: { ref: string; digest: string }[],
): Promise<void> {
  for (const part of chunks(digests, 1_000)) {
    await db
      .insert(githubDigests)
      .values(part.map((d) => ({ orgId, ...d })))
      .onConflictDoUpdate({
        target: [githubDigests.orgId, githubDigests.ref],
        set: { digest: sql`excluded.digest` },
      });
  }
}
