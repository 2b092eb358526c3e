import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CredentialsStore } from './credentials';
import { resolveToken, unauthorisedHint } from './token-source';

const server = 'http://127.0.0.1:3000';

describe('resolveToken', () => {
  let root = '';
  let store: CredentialsStore;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'rodtrad-token-source-'));
    store = new CredentialsStore(join(root, 'rodtrad'), () => undefined);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('takes --token over RODTRAD_TOKEN over the stored token', () => {
    store.set(server, { token: 'rdt_stored', userName: 'S', savedAt: '2026-01-01T00:00:00Z' });
    expect(resolveToken(server, 'rdt_flag', { RODTRAD_TOKEN: 'rdt_env' }, store)).toMatchObject({
      token: 'rdt_flag',
      source: 'flag',
    });
    expect(resolveToken(server, undefined, { RODTRAD_TOKEN: ' rdt_env\n' }, store)).toMatchObject({
      token: 'rdt_env',
      source: 'env',
    });
    expect(resolveToken(server, undefined, { RODTRAD_TOKEN: '' }, store)).toMatchObject({
      token: 'rdt_stored',
      source: 'stored',
    });
    expect(resolveToken('http://other:3000', undefined, {}, store)).toMatchObject({
      token: undefined,
      source: 'none',
    });
  });

  it.skipIf(process.platform === 'win32')('does not read the file when a token is given', () => {
    store.set(server, { token: 'rdt_stored', userName: 'S', savedAt: '2026-01-01T00:00:00Z' });
    chmodSync(store.file, 0o644); // reading it now throws
    expect(resolveToken(server, 'rdt_flag', {}, store).token).toBe('rdt_flag');
    expect(resolveToken(server, undefined, { RODTRAD_TOKEN: 'rdt_env' }, store).token).toBe('rdt_env');
    expect(() => resolveToken(server, undefined, {}, store)).toThrow(/chmod 600/);
  });

  it('tells where a refused token came from and how to get one', () => {
    const auth = { server, file: store.file };
    expect(unauthorisedHint({ ...auth, token: undefined, source: 'none' })[0]).toBe(
      `You are not signed in to ${server}: there is no --token, no RODTRAD_TOKEN and no token stored for it.`,
    );
    expect(unauthorisedHint({ ...auth, token: 'x', source: 'env' })[0]).toBe(
      'The token came from RODTRAD_TOKEN.',
    );
    const stored = unauthorisedHint({ ...auth, token: 'x', source: 'stored' });
    expect(stored[0]).toContain(store.file);
    expect(stored.at(-1)).toContain('rodtrad logout');
    expect(stored.join('\n')).toContain('rodtrad admin create-token');
  });
});
