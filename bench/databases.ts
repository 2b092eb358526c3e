import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/store/database';
import { migrate } from '../src/store/migrate';

export interface BenchDatabase {
  label: string;
  database: Database;
  /** How many initiatives the seeding writes at once: PGlite has one connection. */
  concurrency: number;
  /** Closes the database and removes everything the benchmark created. */
  dispose(): Promise<void>;
}

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh schema in the given PostgreSQL database, dropped again by dispose(). */
export async function openBenchPostgres(url: string): Promise<BenchDatabase> {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.end();
  }
  const dropSchema = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
    } finally {
      await client.end();
    }
  };
  try {
    const database = await openDatabase({ kind: 'postgres', url, schema, poolSize: 10 });
    await migrate(database);
    return {
      label: 'PostgreSQL',
      database,
      concurrency: 8,
      dispose: async () => {
        await database.close();
        await dropSchema();
      },
    };
  } catch (err) {
    await dropSchema();
    throw err;
  }
}

/** PGlite in a temporary data directory, as `npm start` runs it; removed by dispose(). */
export async function openBenchPglite(): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rodtrad-bench-pglite-'));
  const database = await openDatabase({ kind: 'pglite', dataDir });
  await migrate(database);
  return {
    label: 'PGlite',
    database,
    concurrency: 1,
    dispose: async () => {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
