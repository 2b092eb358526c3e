import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CredentialsStore, configDirOf, serverKey } from './credentials';

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);
const credential = (token: string) => ({ token, userName: 'Kari', savedAt: '2026-01-01T00:00:00.000Z' });

describe('configDirOf', () => {
  it('takes RODTRAD_CONFIG_DIR, else XDG_CONFIG_HOME, else ~/.config, and %APPDATA% on Windows', () => {
    expect(configDirOf({ RODTRAD_CONFIG_DIR: '/x/y', XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/k')).toBe(
      '/x/y',
    );
    expect(configDirOf({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/k')).toBe('/xdg/rodtrad');
    expect(configDirOf({ XDG_CONFIG_HOME: 'relative' }, 'linux', '/home/k')).toBe('/home/k/.config/rodtrad');
    expect(configDirOf({}, 'darwin', '/Users/k')).toBe('/Users/k/.config/rodtrad');
    expect(configDirOf({ APPDATA: 'C:\\Users\\k\\AppData\\Roaming' }, 'win32', 'C:\\Users\\k')).toBe(
      join('C:\\Users\\k\\AppData\\Roaming', 'rodtrad'),
    );
  });
});

describe('serverKey', () => {
  it('is the same for one server however it is typed', () => {
    expect(serverKey('http://127.0.0.1:3000/')).toBe('http://127.0.0.1:3000');
    expect(serverKey('HTTP://Rodtrad.Example.no')).toBe('http://rodtrad.example.no');
    expect(serverKey('https://example.no/rodtrad/')).toBe('https://example.no/rodtrad');
    expect(serverKey('https://example.no:443')).toBe('https://example.no');
  });
});

describe.skipIf(process.platform === 'win32')('CredentialsStore', () => {
  let root = '';
  let dir = '';
  let warnings: string[] = [];
  let store: CredentialsStore;
  let umask = 0;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'rodtrad-credentials-'));
    dir = join(root, 'config', 'rodtrad');
    warnings = [];
    store = new CredentialsStore(dir, (text) => warnings.push(text));
    // Even a umask that takes nothing away must not leave the file readable by others.
    umask = process.umask(0);
  });
  afterEach(() => {
    process.umask(umask);
    rmSync(root, { recursive: true, force: true });
  });

  it('writes the file 0600 in a 0700 directory, one token per server', () => {
    store.set('http://a:3000/', credential('rdt_a'));
    store.set('http://b:3000', credential('rdt_b'));
    expect(modeOf(dir)).toBe('700');
    expect(modeOf(store.file)).toBe('600');
    expect(store.get('http://a:3000')?.token).toBe('rdt_a');
    expect(store.get('http://B:3000/')?.token).toBe('rdt_b');
    expect(store.get('http://c:3000')).toBeUndefined();
    const written = JSON.parse(readFileSync(store.file, 'utf8')) as { servers: Record<string, unknown> };
    expect(Object.keys(written.servers)).toEqual(['http://a:3000', 'http://b:3000']);
    expect(warnings).toEqual([]);
  });

  it('refuses a file other users may read, and says how to fix it', () => {
    store.set('http://a:3000', credential('rdt_a'));
    for (const mode of [0o644, 0o640, 0o604, 0o660]) {
      chmodSync(store.file, mode);
      expect(() => store.get('http://a:3000')).toThrow(
        /other users may read or change it \(mode 6\d\d\).*chmod 600/,
      );
      // Not rewritten behind the user's back either.
      expect(() => store.set('http://a:3000', credential('rdt_new'))).toThrow(/chmod 600/);
    }
    chmodSync(store.file, 0o600);
    expect(store.get('http://a:3000')?.token).toBe('rdt_a');
  });

  it('warns about a directory open to others, and tightens it on the next write', () => {
    store.set('http://a:3000', credential('rdt_a'));
    chmodSync(dir, 0o755);
    expect(store.get('http://a:3000')?.token).toBe('rdt_a');
    expect(warnings).toEqual([
      expect.stringMatching(/^warning: .*rodtrad is open to other users \(mode 755\); `chmod 700 /),
    ]);
    store.set('http://b:3000', credential('rdt_b'));
    expect(modeOf(dir)).toBe('700');
  });

  it('tightens an existing directory it writes into', () => {
    mkdirSync(dir, { recursive: true, mode: 0o777 });
    chmodSync(dir, 0o777);
    store.set('http://a:3000', credential('rdt_a'));
    expect(modeOf(dir)).toBe('700');
    expect(modeOf(store.file)).toBe('600');
  });

  it('forgets one server, and removes the file with the last', () => {
    store.set('http://a:3000', credential('rdt_a'));
    store.set('http://b:3000', credential('rdt_b'));
    expect(store.remove('http://a:3000/')).toBe(true);
    expect(store.remove('http://a:3000')).toBe(false);
    expect(store.get('http://b:3000')?.token).toBe('rdt_b');
    expect(modeOf(store.file)).toBe('600');
    expect(store.remove('http://b:3000')).toBe(true);
    expect(existsSync(store.file)).toBe(false);
  });

  it('names a damaged file and what to do', () => {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(store.file, '{ not json', { mode: 0o600 });
    expect(() => store.get('http://a:3000')).toThrow(
      /cannot read .*credentials\.json: .*Remove it and run `rodtrad login` again/,
    );
    writeFileSync(store.file, '[1, 2]', { mode: 0o600 });
    expect(() => store.get('http://a:3000')).toThrow(/is not a credentials file of rodtrad/);
  });
});
