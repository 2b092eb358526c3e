import { connect } from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Database } from '../../services/store-lifecycle';
import { SESSION_COOKIE } from '../access/session-cookie';

/** What the attack tests share: payloads, a browser's headers, and the checks every answer must pass. */

/** Script that runs if any page puts the text into the DOM as HTML. */
export const SCRIPT = '<script>alert(1)</script><img src=x onerror=alert(1)>';

/** The host the test browser talks to; the Origin a page of this application sends. */
export const HOST = 'rodtrad.test';
export const SAME_ORIGIN = `http://${HOST}`;

/** Headers a browser sends with the session cookie (and nothing else unless given). */
export const browser = (cookie: string, extra: Record<string, string> = {}): Record<string, string> => ({
  host: HOST,
  cookie: `${SESSION_COOKIE}=${cookie}`,
  ...extra,
});

/** An answer that is a refusal or a "no such thing", never a server error. */
export function expectNoServerError(res: LightMyRequestResponse, what: string): void {
  expect(res.statusCode, `${what}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
}

/** A problem+json answer with this status and code. */
export function expectProblem(res: LightMyRequestResponse, status: number, code: string): void {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.json()).toMatchObject({ status, code });
}

/** The tables an injection would aim at are still there. */
export async function expectTablesIntact(database: Database): Promise<void> {
  const tables = [
    'initiatives',
    'people',
    'backlog_items',
    'roadmap_elements',
    'users',
    'api_tokens',
    'sessions',
  ];
  const rows = await database.query<{ name: string; present: string | null }>(
    'SELECT t AS name, to_regclass(t)::text AS present FROM unnest($1::text[]) AS t',
    [tables],
  );
  expect(rows.filter((r) => r.present === null).map((r) => r.name)).toEqual([]);
}

export interface RawAnswer {
  status: number;
  /** The whole answer, head and body, as it came over the wire. */
  text: string;
}

/**
 * One GET over a socket to a listening server, with the path exactly as given: inject() and fetch()
 * would resolve `..` and re-encode it before the server ever saw it.
 */
export function rawGet(port: number, path: string, cookie: string | null): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
    const cookieLine = cookie ? `Cookie: ${SESSION_COOKIE}=${cookie}\r\n` : '';
    socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${cookieLine}Connection: close\r\n\r\n`);
  });
}
