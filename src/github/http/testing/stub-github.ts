import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the stub saw it. */
export interface StubRequest {
  method: string;
  /** Path and query, e.g. `/repos/o/r/issues?page=2`. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface StubReply {
  status?: number;
  /** Undefined values are left out, so tests may write `{ link: last ? undefined : next }`. */
  headers?: Record<string, string | undefined>;
  /** Sent as JSON unless it is a string. */
  body?: unknown;
  /** Answer this late (real milliseconds), to provoke client timeouts. */
  delayMs?: number;
}

export type StubHandler = (request: StubRequest, stub: StubGithub) => StubReply | Promise<StubReply>;

export interface StubGithub {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  requests: StubRequest[];
  close(): Promise<void>;
}

/**
 * A tiny local HTTP server answering what each test tells it to, for the client's own tests (the
 * full fake GitHub lives in src/github/fake). It records every request it receives.
 */
export async function startStubGithub(handler: StubHandler): Promise<StubGithub> {
  const requests: StubRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: StubRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      Promise.resolve(handler(request, stub))
        .then((reply) => {
          const send = () => {
            const body =
              reply.body === undefined
                ? ''
                : typeof reply.body === 'string'
                  ? reply.body
                  : JSON.stringify(reply.body);
            const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
            for (const [name, value] of Object.entries(reply.headers ?? {})) {
              if (value !== undefined) headers[name] = value;
            }
            if (!res.destroyed) res.writeHead(reply.status ?? 200, headers).end(body);
          };
          if (!reply.delayMs) return send();
          const timer = setTimeout(() => {
            timers.delete(timer);
            send();
          }, reply.delayMs);
          timers.add(timer);
        })
        .catch((err: unknown) => {
          // A failing handler is a broken test: answer 599 so the test sees it, and say why.
          res.writeHead(599, { 'content-type': 'text/plain' }).end(String(err));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const stub: StubGithub = {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
  return stub;
}

/** Rate-limit headers as GitHub sends them; `resetMs` is an epoch time in milliseconds. */
export function rateHeaders(options: {
  limit?: number;
  remaining: number;
  resetMs: number;
  resource?: 'core' | 'graphql';
}): Record<string, string> {
  const limit = options.limit ?? 5000;
  return {
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(options.remaining),
    'x-ratelimit-used': String(limit - options.remaining),
    'x-ratelimit-reset': String(Math.floor(options.resetMs / 1000)),
    'x-ratelimit-resource': options.resource ?? 'core',
  };
}
