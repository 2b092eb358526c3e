import { z } from 'zod';
import type { AuthOptions } from './access/auth-options';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * An http(s) address without a trailing slash. With `httpsUnlessLocal`, plain http is accepted only on
 * this machine: a client secret or a sign-in must not cross a network unencrypted.
 */
const httpUrl = (options: { httpsUnlessLocal?: boolean } = {}) =>
  z
    .string()
    .superRefine((value, ctx) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be an absolute http:// or https:// URL' });
        return;
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        ctx.addIssue({ code: 'custom', message: 'must be an http:// or https:// URL' });
      } else if (options.httpsUnlessLocal && url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be an https:// URL (http:// only on 127.0.0.1 or localhost)',
        });
      } else if (url.search || url.hash || url.username || url.password) {
        ctx.addIssue({ code: 'custom', message: 'must not carry a query, fragment or credentials' });
      }
    })
    .transform((value) => value.replace(/\/+$/, ''));

const positiveInt = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback);

/** Variables that switch a sign-in provider on: all of them or none. */
const PROVIDER_GROUPS = {
  'OpenID Connect': ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'],
  GitHub: ['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET'],
} as const;

/** Every setting the server reads from the environment, with its safe default. */
export const ConfigSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    /** The address people reach the server at, e.g. behind a reverse proxy. */
    PUBLIC_URL: httpUrl().optional(),
    OIDC_ISSUER: httpUrl({ httpsUnlessLocal: true }).optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_LABEL: z.string().min(1).max(60).default('OpenID Connect'),
    GITHUB_CLIENT_ID: z.string().min(1).optional(),
    GITHUB_CLIENT_SECRET: z.string().min(1).optional(),
    GITHUB_URL: httpUrl({ httpsUnlessLocal: true }).default('https://github.com'),
    GITHUB_API_URL: httpUrl({ httpsUnlessLocal: true }).default('https://api.github.com'),
    /** GitHub sync: a token, or a GitHub App (id and private key, inline or from a file). */
    GITHUB_TOKEN: z.string().min(1).optional(),
    GITHUB_APP_ID: z.coerce.number().int().positive().optional(),
    GITHUB_APP_PRIVATE_KEY: z.string().min(1).optional(),
    GITHUB_APP_PRIVATE_KEY_FILE: z.string().min(1).optional(),
    /** GraphQL's address; derived from GITHUB_API_URL when left out (…/api/v3 → …/api/graphql). */
    GITHUB_GRAPHQL_URL: httpUrl({ httpsUnlessLocal: true }).optional(),
    GITHUB_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    /** Minutes between reconciles that catch what webhooks missed; 0 turns them off. */
    GITHUB_SYNC_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(10_080).default(15),
    COOKIE_SECURE: z.enum(['auto', 'always', 'never']).default('auto'),
    RATE_LIMIT_SIGN_IN_PER_MINUTE: positiveInt(20),
    RATE_LIMIT_TOKEN_PER_MINUTE: positiveInt(1200),
    /**
     * How many reverse proxies in front of the server to trust for the client's address and protocol
     * (X-Forwarded-For/-Proto): 0 (none, the default) when clients connect directly.
     */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  })
  .superRefine((config, ctx) => {
    if (
      config.GITHUB_APP_ID !== undefined &&
      !config.GITHUB_APP_PRIVATE_KEY &&
      !config.GITHUB_APP_PRIVATE_KEY_FILE
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['GITHUB_APP_PRIVATE_KEY'],
        message: 'or GITHUB_APP_PRIVATE_KEY_FILE is required with GITHUB_APP_ID',
      });
    }
    if (config.GITHUB_APP_ID !== undefined && config.GITHUB_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['GITHUB_TOKEN'],
        message: 'set either GITHUB_TOKEN or GITHUB_APP_ID, not both',
      });
    }
    for (const [provider, names] of Object.entries(PROVIDER_GROUPS)) {
      const set = names.filter((name) => config[name] !== undefined);
      if (set.length === 0 || set.length === names.length) continue;
      for (const missing of names.filter((name) => config[name] === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [missing],
          message: `is required for ${provider} sign-in (${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set)`,
        });
      }
    }
  });
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the configuration; a bad value stops start-up with a message that names the variable. The
 * message never repeats a value: some of them are secrets.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked = Object.fromEntries(
    Object.keys(ConfigSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = ConfigSchema.safeParse(picked);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** How the server signs people in: the providers that are fully configured, cookies and rate limits. */
export function authOptionsOf(config: Config): AuthOptions {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, GITHUB_CLIENT_ID, GITHUB_CLIENT_SECRET } = config;
  return {
    ...(config.PUBLIC_URL !== undefined && { publicUrl: config.PUBLIC_URL }),
    ...(OIDC_ISSUER && OIDC_CLIENT_ID && OIDC_CLIENT_SECRET
      ? {
          oidc: {
            issuer: OIDC_ISSUER,
            clientId: OIDC_CLIENT_ID,
            clientSecret: OIDC_CLIENT_SECRET,
            label: config.OIDC_LABEL,
          },
        }
      : {}),
    ...(GITHUB_CLIENT_ID && GITHUB_CLIENT_SECRET
      ? {
          github: {
            clientId: GITHUB_CLIENT_ID,
            clientSecret: GITHUB_CLIENT_SECRET,
            webUrl: config.GITHUB_URL,
            apiUrl: config.GITHUB_API_URL,
          },
        }
      : {}),
    cookieSecure: config.COOKIE_SECURE,
    signInPerMinute: config.RATE_LIMIT_SIGN_IN_PER_MINUTE,
    tokenRequestsPerMinute: config.RATE_LIMIT_TOKEN_PER_MINUTE,
  };
}
