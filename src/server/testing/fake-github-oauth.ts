import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GithubSignInOptions } from '../access/auth-options';

/**
 * A tiny local stand-in for GitHub's OAuth web flow and the two REST calls sign-in makes
 * (GET /user, GET /user/emails). It checks what GitHub checks: the client's id and secret, a code used
 * once, the same redirect URI, and the PKCE verifier against the challenge.
 *
 * Only sign-in: the full fake GitHub of issue 6 (repositories, issues, webhooks) does not exist yet;
 * when it does, sign-in tests may move onto it.
 */
export interface FakeGithubUser {
  id: number;
  login: string;
  name: string | null;
  email: string | null;
}

export interface FakeGithubEmail {
  email: string;
  primary: boolean;
  verified: boolean;
}

export interface TokenExchange {
  clientId: string | null;
  code: string | null;
  redirectUri: string | null;
  codeVerifier: string | null;
  acceptJson: boolean;
  /** null when GitHub would have issued a token, else the error it answers. */
  error: string | null;
}

export interface FakeGithubOauth {
  options: GithubSignInOptions;
  /** Who approves the next authorization. */
  user: FakeGithubUser;
  emails: FakeGithubEmail[];
  /** Set to refuse the next authorizations as a person pressing "Cancel" does. */
  deny: boolean;
  /** Every code exchange, in order. */
  exchanges: TokenExchange[];
  /** The code challenge of every authorization, by the code it issued. */
  challenges: Map<string, string>;
  /** Opens an authorize URL as the browser would and answers where GitHub sends it back (the callback). */
  authorize(authorizeUrl: string): Promise<string>;
  close(): Promise<void>;
}

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
  user: FakeGithubUser;
}

const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

async function formOf(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

export async function startFakeGithubOauth(): Promise<FakeGithubOauth> {
  const codes = new Map<string, IssuedCode>();
  const tokens = new Map<string, FakeGithubUser>();
  const clientId = 'Iv1.fake-client';
  const clientSecret = randomBytes(20).toString('hex');

  const fake: Omit<FakeGithubOauth, 'options' | 'authorize' | 'close'> = {
    user: { id: 4242, login: 'kari-n', name: 'Kari Nordmann', email: null },
    emails: [
      { email: 'kari.gammel@example.no', primary: false, verified: true },
      { email: 'kari@example.no', primary: true, verified: true },
    ],
    deny: false,
    exchanges: [],
    challenges: new Map(),
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    if (request.method === 'GET' && url.pathname === '/login/oauth/authorize') {
      const q = url.searchParams;
      const redirectUri = q.get('redirect_uri') ?? '';
      const back = new URL(redirectUri);
      back.searchParams.set('state', q.get('state') ?? '');
      if (
        q.get('client_id') !== clientId ||
        q.get('code_challenge_method') !== 'S256' ||
        !q.get('code_challenge')
      ) {
        return send(response, 400, { error: 'the fake accepts only its client with an S256 challenge' });
      }
      if (fake.deny) {
        back.searchParams.set('error', 'access_denied');
      } else {
        const code = randomBytes(10).toString('hex');
        const challenge = q.get('code_challenge') ?? '';
        codes.set(code, { clientId, redirectUri, challenge, user: { ...fake.user } });
        fake.challenges.set(code, challenge);
        back.searchParams.set('code', code);
      }
      response.writeHead(302, { location: back.href });
      response.end();
      return;
    }
    if (request.method === 'POST' && url.pathname === '/login/oauth/access_token') {
      const form = await formOf(request);
      const exchange: TokenExchange = {
        clientId: form.get('client_id'),
        code: form.get('code'),
        redirectUri: form.get('redirect_uri'),
        codeVerifier: form.get('code_verifier'),
        acceptJson: request.headers.accept === 'application/json',
        error: null,
      };
      const issued = exchange.code ? codes.get(exchange.code) : undefined;
      if (exchange.code) codes.delete(exchange.code);
      if (exchange.clientId !== clientId || form.get('client_secret') !== clientSecret) {
        exchange.error = 'incorrect_client_credentials';
      } else if (!issued || issued.redirectUri !== exchange.redirectUri) {
        exchange.error = issued ? 'redirect_uri_mismatch' : 'bad_verification_code';
      } else if (!exchange.codeVerifier || s256(exchange.codeVerifier) !== issued.challenge) {
        exchange.error = 'bad_verification_code';
      }
      fake.exchanges.push(exchange);
      // GitHub answers a refused exchange with 200 and an error in the body.
      if (exchange.error) return send(response, 200, { error: exchange.error });
      const token = `gho_${randomBytes(16).toString('hex')}`;
      tokens.set(token, issued?.user ?? fake.user);
      if (!exchange.acceptJson) {
        response.writeHead(200, { 'content-type': 'application/x-www-form-urlencoded' });
        response.end(`access_token=${token}&scope=read%3Auser&token_type=bearer`);
        return;
      }
      return send(response, 200, {
        access_token: token,
        token_type: 'bearer',
        scope: 'read:user,user:email',
      });
    }
    const user = tokens.get((request.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (request.method === 'GET' && url.pathname.startsWith('/api/')) {
      if (!user) return send(response, 401, { message: 'Bad credentials' });
      if (url.pathname === '/api/user') return send(response, 200, { ...user, type: 'User' });
      if (url.pathname === '/api/user/emails') return send(response, 200, fake.emails);
    }
    send(response, 404, { message: 'Not Found' });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return Object.assign(fake, {
    options: { clientId, clientSecret, webUrl: base, apiUrl: `${base}/api` },
    async authorize(authorizeUrl: string) {
      const response = await fetch(authorizeUrl, { redirect: 'manual' });
      const location = response.headers.get('location');
      if (response.status !== 302 || !location) throw new Error(`authorize answered ${response.status}`);
      return location;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  });
}
