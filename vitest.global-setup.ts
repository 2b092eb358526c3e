import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from './src/store/database';
import { loadMigrations, migrate } from './src/store/migrate';
import { PGLITE_TEMPLATE_ENV } from './src/store/testing/test-database';

/**
 * Creating a PGlite database takes seconds; loading a dump of one takes under one. So the migrated
 * schema is made once per set of migrations and every test file starts from a copy of it.
 */
export default async function setup() {
  if (process.env.CI === 'true' && !process.env.TEST_DATABASE_URL) {
    throw new Error('CI=true requires TEST_DATABASE_URL: the PostgreSQL suites may not be skipped');
  }
  const migrations = loadMigrations();
  const hash = createHash('sha256')
    .update(migrations.map((m) => m.checksum).join())
    .digest('hex')
    .slice(0, 16);
  const dir = join(process.cwd(), '.test-cache');
  const file = join(dir, `pglite-${hash}.tar.gz`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const database = await openDatabase({ kind: 'pglite' });
    await migrate(database, migrations);
    const dump = await (
      database.db as unknown as { $client: { dumpDataDir(c: 'gzip'): Promise<Blob> } }
    ).$client.dumpDataDir('gzip');
    await database.close();
    const tmp = `${file}.${process.pid}`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, file);
  }
  process.env[PGLITE_TEMPLATE_ENV] = file;
}
