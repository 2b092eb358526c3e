import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { loadDemoPortfolio } from '../../src/demo/load-demo-portfolio';
import { openDatabase, type Database } from '../../src/store/database';
import { openTestDatabase } from '../../src/store/testing/test-database';
import { withFileLock } from './file-lock';

const ROOT = resolve(import.meta.dirname, '../..');
const CACHE = join(ROOT, '.test-cache');
/** Everything the demo database's content depends on. */
const INPUTS = ['src/demo', 'src/services', 'src/domain', 'src/store', 'src/contracts'].map((p) =>
  join(ROOT, p),
);

export const DEMO_ORG = 'demo';

type TestDatabase = Database & { drop(): Promise<void> };
type PgliteClient = { dumpDataDir(compression: 'gzip'): Promise<Blob> };

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((entry) => filesUnder(join(path, entry)));
}

function inputsHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesUnder)) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

async function openCopy(file: string): Promise<TestDatabase> {
  const database = await openDatabase({ kind: 'pglite', loadDataDir: new Blob([readFileSync(file)]) });
  return Object.assign(database, { drop: () => database.close() });
}

/** Loads the demo into a fresh test database and keeps a dump of it, replacing older dumps. */
async function loadAndCache(file: string): Promise<TestDatabase> {
  const database = await openTestDatabase('pglite');
  await loadDemoPortfolio(database, { slug: DEMO_ORG });
  const dump = await (database.db as unknown as { $client: PgliteClient }).$client.dumpDataDir('gzip');
  mkdirSync(CACHE, { recursive: true });
  for (const old of readdirSync(CACHE).filter((name) => /^demo-.*\.tar\.gz$/.test(name))) {
    rmSync(join(CACHE, old), { force: true });
  }
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
  return database;
}

/**
 * A PGlite database holding the demo portfolio. Loading the demo through the services takes many
 * seconds, so the loaded database is kept in .test-cache, keyed by the code that made it, and
 * later runs (and the other browser test file) open a copy in about a second.
 */
export async function openDemoDatabase(): Promise<TestDatabase> {
  const file = join(CACHE, `demo-${inputsHash()}.tar.gz`);
  if (existsSync(file)) return openCopy(file);
  return withFileLock(join(CACHE, 'demo.lock'), () =>
    existsSync(file) ? openCopy(file) : loadAndCache(file),
  );
}
