import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from './testing/test-database';
import { openDatabase } from './database';
import { loadMigrations, migrate, pendingMigrations } from './migrate';

describeEachDatabase('migrations', (use) => {
  it('are all applied and a second run applies nothing', async () => {
    const db = use();
    expect(await pendingMigrations(db)).toEqual([]);
    const applied = await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
    expect(applied.map((r) => r.name)).toEqual(loadMigrations().map((m) => m.name));
    expect(await migrate(db)).toEqual([]);
  });

  it('refuse to run when an applied migration was edited', async () => {
    const db = use();
    const edited = loadMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'changed' } : m));
    await expect(migrate(db, edited)).rejects.toThrow(/was changed after it was applied/);
  });

  it('leave nothing behind when a migration fails halfway', async () => {
    const db = use();
    const broken = [
      ...loadMigrations(),
      {
        name: '9999_broken.sql',
        sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();',
        checksum: 'x',
      },
    ];
    await expect(migrate(db, broken)).rejects.toThrow();
    const tables = await db.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'");
    expect(tables).toHaveLength(0);
    const applied = await db.query("SELECT 1 FROM schema_migrations WHERE name = '9999_broken.sql'");
    expect(applied).toHaveLength(0);
  });

  it('has the Norwegian text search configuration', async () => {
    const rows = await use().query<{ v: string }>("SELECT to_tsvector('norwegian', 'tiltakene') AS v");
    expect(rows[0]?.v).toContain('tiltak');
  });
});

describe('pending migrations of an empty database', () => {
  it('are all of them, and applying them leaves none', async () => {
    const empty = await openDatabase({ kind: 'pglite' });
    try {
      expect((await pendingMigrations(empty)).map((m) => m.name)).toEqual(
        loadMigrations().map((m) => m.name),
      );
      await migrate(empty);
      expect(await pendingMigrations(empty)).toEqual([]);
    } finally {
      await empty.close();
    }
  }, 60_000);
});
