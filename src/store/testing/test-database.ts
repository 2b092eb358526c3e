import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type Database } from '../database';
import { migrate } from '../migrate';

/** Where the global setup left a migrated PGlite data directory to copy (see vitest.global-setup.ts). */
export const PGLITE_TEMPLATE_ENV = 'RODTRAD_PGLITE_TEMPLATE';

export type TestDatabaseKind = 'pglite' | 'postgres';

/** Databases every store test runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testDatabaseKinds(): TestDatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/** A migrated, empty database for one test file. Tests isolate themselves with fresh organisations. */
export async function openTestDatabase(
  kind: TestDatabaseKind,
): Promise<Database & { drop(): Promise<void> }> {
  if (kind === 'pglite') {
    const template = process.env[PGLITE_TEMPLATE_ENV];
    const database = template
      ? await openDatabase({ kind: 'pglite', loadDataDir: new Blob([readFileSync(template)]) })
      : await openDatabase({ kind: 'pglite' });
    if (!template) await migrate(database);
    return Object.assign(database, { drop: () => database.close() });
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  // Each test file gets its own schema, so files run in parallel against one database.
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const database = await openDatabase({ kind: 'postgres', url, schema, poolSize: 4 });
  await migrate(database);
  const drop = async () => {
    await database.close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP SCHEMA ${schema} CASCADE`);
    await c.end();
  };
  return Object.assign(database, { drop });
}

/**
 * Declares the suite once per test database. `use()` gives the suite's open database inside tests.
 */
export function describeEachDatabase(
  name: string,
  suite: (use: () => Database, kind: TestDatabaseKind) => void,
) {
  for (const kind of testDatabaseKinds()) {
    describe(`${name} [${kind}]`, () => {
      let database: (Database & { drop(): Promise<void> }) | undefined;
      beforeAll(async () => {
        database = await openTestDatabase(kind);
      }, 60_000);
      afterAll(async () => {
        await database?.drop();
      });
      suite(() => {
        if (!database) throw new Error('test database is not open');
        return database;
      }, kind);
    });
  }
}
