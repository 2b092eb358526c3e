import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WireAnswer } from './wire-answer';

export interface IncomingHttp {
  method: string;
  pathname: string;
  search: string;
  headers: IncomingMessage['headers'];
  bodyText: string;
}

/** How long a `timeout` fault holds a request before the fake ends it, in case the client never gives up. */
const HANG_LIMIT_MS = 30_000;
/** Bodies GitHub takes are small; a larger one is a client bug. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`fake GitHub: request body over ${MAX_BODY_BYTES} bytes`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** node:http on 127.0.0.1 with a free port; requests left hanging are ended at close() or after 30 s. */
export class FakeServer {
  private readonly hanging = new Set<ServerResponse>();

  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async listen(
    handle: (incoming: IncomingHttp) => Promise<WireAnswer>,
    onError: (error: Error) => void,
  ): Promise<FakeServer> {
    let instance: FakeServer | null = null;
    const server = createServer((request, response) => {
      void (async () => {
        try {
          const url = new URL(request.url ?? '/', 'http://fake');
          const bodyText = await readBody(request);
          const answer = await handle({
            method: (request.method ?? 'GET').toUpperCase(),
            pathname: url.pathname,
            search: url.search,
            headers: request.headers,
            bodyText,
          });
          if ('hang' in answer) {
            instance?.hang(response);
            return;
          }
          response.writeHead(answer.status, answer.headers);
          response.end(answer.body ?? undefined);
        } catch (error) {
          // A bug in the fake: told to the test (internalErrors) and answered 500, never hidden.
          const failure = error instanceof Error ? error : new Error(String(error));
          onError(failure);
          if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ message: `fake GitHub failed: ${failure.message}` }));
        }
      })();
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    instance = new FakeServer(server, `http://127.0.0.1:${port}`);
    return instance;
  }

  private hang(response: ServerResponse): void {
    this.hanging.add(response);
    const timer = setTimeout(() => response.destroy(), HANG_LIMIT_MS);
    response.on('close', () => {
      clearTimeout(timer);
      this.hanging.delete(response);
    });
  }

  async close(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    const closed = new Promise<void>((resolve, reject) => {
      this.server.close((error) => (error ? reject(error) : resolve()));
    });
    // Keep-alive connections from clients would otherwise hold close() open.
    this.server.closeAllConnections();
    await closed;
  }
}
