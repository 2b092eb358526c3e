import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './database';
import { packageRoot } from './package-root';

const MIGRATIONS_DIR = join(packageRoot(), 'src/store/migrations');

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/**
 * The migrations this database has not applied yet. Applied ones must be known and unchanged:
 * migrations are append-only, and a changed one stops start-up.
 */
export async function pendingMigrations(
  database: Database,
  migrations: Migration[] = loadMigrations(),
): Promise<Migration[]> {
  const [table] = await database.query<{ exists: boolean }>(
    "SELECT to_regclass('schema_migrations') IS NOT NULL AS exists",
  );
  if (!table?.exists) return migrations;
  const applied = new Map(
    (
      await database.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_migrations')
    ).map((r) => [r.name, r.checksum]),
  );
  for (const [name, checksum] of applied) {
    const known = migrations.find((m) => m.name === name);
    if (!known) throw new MigrationError(`database has migration ${name}, which this version does not know`);
    if (known.checksum !== checksum)
      throw new MigrationError(
        `migration ${name} was changed after it was applied; add a new migration instead`,
      );
  }
  return migrations.filter((m) => !applied.has(m.name));
}

/** Applies the pending migrations, each in its own transaction, in name order. */
export async function migrate(
  database: Database,
  migrations: Migration[] = loadMigrations(),
): Promise<string[]> {
  await database.execScript(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  const done: string[] = [];
  for (const m of await pendingMigrations(database, migrations)) {
    // On PostgreSQL a second `rodtrad migrate` running at the same time waits here, then fails on
    // what the first created and rolls back: nothing is applied twice or halfway.
    const lock = database.kind === 'postgres' ? `SELECT pg_advisory_xact_lock(7415020);` : '';
    const escaped = m.checksum.replace(/'/g, "''");
    await database.execScript(`BEGIN;
${lock}
${m.sql}
INSERT INTO schema_migrations (name, checksum) VALUES ('${m.name}', '${escaped}');
COMMIT;`);
    done.push(m.name);
  }
  return done;
}
