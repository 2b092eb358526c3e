import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { githubConnectionOf } from './github-sync-options';

describe('githubConnectionOf', () => {
  it('is null without a token or an App: the sync answers github-not-configured', () => {
    expect(githubConnectionOf(loadConfig({}))).toBeNull();
  });

  it('uses a token against the configured API, for GitHub Enterprise Server too', () => {
    const config = loadConfig({ GITHUB_TOKEN: 'ghp_x', GITHUB_API_URL: 'https://ghe.example.no/api/v3' });
    expect(githubConnectionOf(config)).toEqual({
      apiUrl: 'https://ghe.example.no/api/v3',
      auth: { kind: 'token', token: 'ghp_x' },
    });
  });

  it('reads an App key from its file, or inline with escaped newlines', () => {
    const files: string[] = [];
    const fromFile = githubConnectionOf(
      loadConfig({ GITHUB_APP_ID: '7', GITHUB_APP_PRIVATE_KEY_FILE: '/run/secrets/app.pem' }),
      (path) => {
        files.push(path);
        return '-----BEGIN KEY-----\nabc\n-----END KEY-----\n';
      },
    );
    expect(files).toEqual(['/run/secrets/app.pem']);
    expect(fromFile?.auth).toEqual({
      kind: 'app',
      appId: 7,
      privateKeyPem: '-----BEGIN KEY-----\nabc\n-----END KEY-----\n',
    });
    const inline = githubConnectionOf(
      loadConfig({ GITHUB_APP_ID: '7', GITHUB_APP_PRIVATE_KEY: 'line1\\nline2' }),
    );
    expect(inline?.auth).toEqual({ kind: 'app', appId: 7, privateKeyPem: 'line1\nline2' });
  });
});
