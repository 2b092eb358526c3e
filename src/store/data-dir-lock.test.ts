import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from './data-dir-lock';
import { openDatabase } from './database';

const freshDir = () => mkdtempSync(join(tmpdir(), 'rodtrad-lock-'));

describe('the PGlite data directory lock', () => {
  it('refuses a second opener while the first holds it, and frees it on release', () => {
    const dir = freshDir();
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    release();
    expect(existsSync(join(dir, 'rodtrad.pid'))).toBe(false);
    lockDataDir(dir)();
  });

  it('names the live process that holds it', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'rodtrad.pid'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by process ${process.ppid}`));
  });

  it('takes over a lock left by a process that is gone', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'rodtrad.pid'), '2147483646');
    const release = lockDataDir(dir);
    release();
  });

  it('keeps a second database from opening the same directory', async () => {
    const dir = freshDir();
    const first = await openDatabase({ kind: 'pglite', dataDir: dir });
    await expect(openDatabase({ kind: 'pglite', dataDir: dir })).rejects.toThrow(DataDirInUseError);
    await first.close();
    const again = await openDatabase({ kind: 'pglite', dataDir: dir });
    await again.close();
  }, 60_000);
});
