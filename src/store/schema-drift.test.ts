import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { expect, it } from 'vitest';
import * as schema from './schema';
import { describeEachDatabase } from './testing/test-database';

const tables: PgTable[] = Object.values(schema).filter(
  (v) => typeof v === 'object' && v !== null && 'getSQL' in v,
);

describeEachDatabase('drizzle schema', (use) => {
  it('matches the tables and columns the migrations create', async () => {
    const rows = await use().query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND column_name <> 'search'`,
    );
    const inDb = new Map<string, string[]>();
    for (const r of rows) inDb.set(r.table_name, [...(inDb.get(r.table_name) ?? []), r.column_name]);
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables) {
      const config = getTableConfig(table);
      expect({ table: config.name, columns: [...(inDb.get(config.name) ?? [])].sort() }).toEqual({
        table: config.name,
        columns: config.columns.map((c) => c.name).sort(),
      });
    }
  });
});
