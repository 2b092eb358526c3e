import { describe, expect, it } from 'vitest';
import { usesLocalSignIn } from './access/auth-options';
import { authOptionsOf, ConfigError, loadConfig } from './config';

const DEFAULTS = {
  PORT: 3000,
  HOST: '127.0.0.1',
  DATA_DIR: './data',
  LOG_LEVEL: 'info',
  OIDC_LABEL: 'OpenID Connect',
  GITHUB_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_SYNC_INTERVAL_MINUTES: 15,
  COOKIE_SECURE: 'auto',
  RATE_LIMIT_SIGN_IN_PER_MINUTE: 20,
  RATE_LIMIT_TOKEN_PER_MINUTE: 1200,
  TRUST_PROXY_HOPS: 0,
};

const OIDC = {
  OIDC_ISSUER: 'https://login.example.no/realms/etat/',
  OIDC_CLIENT_ID: 'rodtrad',
  OIDC_CLIENT_SECRET: 'oidc-secret-value',
};
const GITHUB = { GITHUB_CLIENT_ID: 'Iv1.abc', GITHUB_CLIENT_SECRET: 'github-secret-value' };

describe('loadConfig', () => {
  it('has safe defaults: localhost, port 3000, embedded database in ./data, no provider', () => {
    expect(loadConfig({})).toEqual(DEFAULTS);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: '/var/lib/rodtrad',
      DATABASE_URL: 'postgres://db/rodtrad',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: 'https://rodtrad.example.no/',
      ...OIDC,
      OIDC_LABEL: 'ID-porten',
      ...GITHUB,
      GITHUB_URL: 'https://github.example.no',
      GITHUB_API_URL: 'https://github.example.no/api/v3',
      GITHUB_GRAPHQL_URL: 'https://github.example.no/api/graphql/',
      GITHUB_TOKEN: 'ghp_sync-token-value',
      GITHUB_WEBHOOK_SECRET: 'a-webhook-secret-of-length',
      GITHUB_SYNC_INTERVAL_MINUTES: '5',
      COOKIE_SECURE: 'always',
      RATE_LIMIT_SIGN_IN_PER_MINUTE: '5',
      RATE_LIMIT_TOKEN_PER_MINUTE: '600',
      TRUST_PROXY_HOPS: '1',
    });
    expect(config).toEqual({
      PORT: 8080,
      HOST: '0.0.0.0',
      DATA_DIR: '/var/lib/rodtrad',
      DATABASE_URL: 'postgres://db/rodtrad',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: 'https://rodtrad.example.no',
      OIDC_ISSUER: 'https://login.example.no/realms/etat',
      OIDC_CLIENT_ID: 'rodtrad',
      OIDC_CLIENT_SECRET: 'oidc-secret-value',
      OIDC_LABEL: 'ID-porten',
      ...GITHUB,
      GITHUB_URL: 'https://github.example.no',
      GITHUB_API_URL: 'https://github.example.no/api/v3',
      GITHUB_GRAPHQL_URL: 'https://github.example.no/api/graphql',
      GITHUB_TOKEN: 'ghp_sync-token-value',
      GITHUB_WEBHOOK_SECRET: 'a-webhook-secret-of-length',
      GITHUB_SYNC_INTERVAL_MINUTES: 5,
      COOKIE_SECURE: 'always',
      RATE_LIMIT_SIGN_IN_PER_MINUTE: 5,
      RATE_LIMIT_TOKEN_PER_MINUTE: 600,
      TRUST_PROXY_HOPS: 1,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PUBLIC_URL: '', OIDC_ISSUER: '', GITHUB_CLIENT_ID: '' })).toEqual(DEFAULTS);
  });

  it('names each bad variable in one message', () => {
    const attempt = () =>
      loadConfig({
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        LOG_LEVEL: 'loud',
        PUBLIC_URL: 'rodtrad.example.no',
        COOKIE_SECURE: 'sometimes',
        RATE_LIMIT_SIGN_IN_PER_MINUTE: '0',
        RATE_LIMIT_TOKEN_PER_MINUTE: 'many',
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(
      /PORT[\s\S]*DATABASE_URL[\s\S]*LOG_LEVEL[\s\S]*PUBLIC_URL[\s\S]*COOKIE_SECURE[\s\S]*RATE_LIMIT_SIGN_IN_PER_MINUTE[\s\S]*RATE_LIMIT_TOKEN_PER_MINUTE/,
    );
  });

  it.each([
    [{ OIDC_ISSUER: OIDC.OIDC_ISSUER }, ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET']],
    [{ OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: 'y' }, ['OIDC_ISSUER']],
    [{ OIDC_ISSUER: OIDC.OIDC_ISSUER, OIDC_CLIENT_ID: 'x' }, ['OIDC_CLIENT_SECRET']],
    [{ GITHUB_CLIENT_ID: 'x' }, ['GITHUB_CLIENT_SECRET']],
    [{ GITHUB_CLIENT_SECRET: 'y' }, ['GITHUB_CLIENT_ID']],
    [{ GITHUB_APP_ID: '12' }, ['GITHUB_APP_PRIVATE_KEY']],
    [{ GITHUB_APP_ID: '12', GITHUB_APP_PRIVATE_KEY_FILE: '/k.pem', GITHUB_TOKEN: 't' }, ['GITHUB_TOKEN']],
    [{ GITHUB_WEBHOOK_SECRET: 'short' }, ['GITHUB_WEBHOOK_SECRET']],
  ])('a partly configured provider %o names what is missing', (env, missing) => {
    let message = '';
    try {
      loadConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    const named = message.split('\n').flatMap((line) => /^\s+([A-Z_]+):/.exec(line)?.[1] ?? []);
    expect(named).toEqual(missing);
  });

  it('accepts plain http for a provider only on this machine', () => {
    for (const issuer of [
      'http://127.0.0.1:4000',
      'http://localhost:8080/realms/test',
      'http://[::1]:9000',
    ]) {
      expect(loadConfig({ ...OIDC, OIDC_ISSUER: issuer }).OIDC_ISSUER).toBe(issuer);
    }
    expect(() => loadConfig({ ...OIDC, OIDC_ISSUER: 'http://login.example.no' })).toThrow(
      /OIDC_ISSUER: must be an https/,
    );
    expect(() => loadConfig({ ...GITHUB, GITHUB_URL: 'http://github.example.no' })).toThrow(
      /GITHUB_URL: must be an https/,
    );
    expect(() => loadConfig({ ...OIDC, OIDC_ISSUER: 'ftp://login.example.no' })).toThrow(/OIDC_ISSUER/);
    expect(() => loadConfig({ PUBLIC_URL: 'https://rodtrad.example.no/?x=1' })).toThrow(
      /PUBLIC_URL: must not carry/,
    );
  });

  it('never repeats a value in its message: secrets stay out of logs', () => {
    const secret = 'very-secret-value-123';
    const attempt = () =>
      loadConfig({
        OIDC_CLIENT_SECRET: secret,
        GITHUB_CLIENT_SECRET: secret,
        OIDC_ISSUER: `https://user:${secret}@login.example.no`,
        PUBLIC_URL: secret,
        COOKIE_SECURE: secret,
        RATE_LIMIT_TOKEN_PER_MINUTE: secret,
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).not.toThrow(new RegExp(secret));
  });
});

describe('authOptionsOf', () => {
  it('uses local sign-in when no provider is configured', () => {
    const options = authOptionsOf(loadConfig({}));
    expect(options).toEqual({ cookieSecure: 'auto', signInPerMinute: 20, tokenRequestsPerMinute: 1200 });
    expect(usesLocalSignIn(options)).toBe(true);
  });

  it('switches on each fully configured provider', () => {
    const options = authOptionsOf(
      loadConfig({
        PUBLIC_URL: 'https://rodtrad.example.no',
        ...OIDC,
        ...GITHUB,
        COOKIE_SECURE: 'never',
        RATE_LIMIT_SIGN_IN_PER_MINUTE: '7',
        RATE_LIMIT_TOKEN_PER_MINUTE: '70',
      }),
    );
    expect(options).toEqual({
      publicUrl: 'https://rodtrad.example.no',
      oidc: {
        issuer: 'https://login.example.no/realms/etat',
        clientId: 'rodtrad',
        clientSecret: 'oidc-secret-value',
        label: 'OpenID Connect',
      },
      github: {
        clientId: 'Iv1.abc',
        clientSecret: 'github-secret-value',
        webUrl: 'https://github.com',
        apiUrl: 'https://api.github.com',
      },
      cookieSecure: 'never',
      signInPerMinute: 7,
      tokenRequestsPerMinute: 70,
    });
    expect(usesLocalSignIn(options)).toBe(false);
  });

  it('switches on GitHub alone', () => {
    const options = authOptionsOf(loadConfig(GITHUB));
    expect(options.oidc).toBeUndefined();
    expect(options.github?.clientId).toBe('Iv1.abc');
    expect(usesLocalSignIn(options)).toBe(false);
  });
});
