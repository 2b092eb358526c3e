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

export class MigrationError extends Error {}

/**
 * Applies the migrations not yet applied, each in its own transaction, in name order.
 * Migrations are append-only: a changed checksum of an applied migration stops start-up.
 */
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
  const done: string[] = [];
  for (const m of migrations.filter((m) => !applied.has(m.name))) {
    // The advisory lock makes concurrent starts against one PostgreSQL apply each migration once.
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
