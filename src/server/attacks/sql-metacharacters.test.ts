import { beforeAll, expect, it } from 'vitest';
import { LIMITS } from '../../contracts/limits';
import { describeEachDatabase } from '../../store/testing/test-database';
import { DEFAULT_AUTH_OPTIONS } from '../access/auth-options';
import { json, useTestApi } from '../testing/test-app';
import { expectNoServerError, expectTablesIntact } from './attack-kit';

/** What an injection, a wildcard or an encoding trick would try, as one value. */
const NASTY = [
  "'; DROP TABLE initiatives; --",
  "' OR '1'='1",
  '" OR ""="',
  '1) OR (1=1',
  '%',
  '_',
  '\\',
  '%_\\%',
  "\\'; SELECT pg_sleep(5); --",
  '$1',
  '::text',
  '*',
  '!',
  '&|!:*',
  'ÆØÅ æøå',
  '🙂 漢字',
  '\u202Eevil',
  '\u0000',
  'a\u0000b',
  '\uFFFF',
];
/** Sent raw in the query string: encodings a client library would never produce. */
const RAW_QUERY_VALUES = ['%00', '%C0%AF', '%ED%A0%80', '%FF%FE', '%25%00', '%27%20OR%201%3D1'];

/** The list endpoints and the query parameters each takes. */
const LISTS: [string, string[]][] = [
  [
    '/initiatives',
    ['q', 'phase', 'status', 'priority', 'productGroup', 'team', 'sort', 'order', 'limit', 'cursor'],
  ],
  ['/backlog/items', ['kind', 'parent', 'roadmapElement', 'limit', 'cursor']],
  ['/people', ['limit', 'cursor']],
  ['/roadmap/elements', ['limit', 'cursor']],
  ['/products', ['cursor']],
  ['/teams', ['cursor']],
  ['/strategy/sources', ['cursor']],
  ['/trace', ['ref']],
];

const cursorOf = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString('base64url');

describeEachDatabase('attack: SQL metacharacters in search, filters and path parameters', (use) => {
  const api = useTestApi(use, { ...DEFAULT_AUTH_OPTIONS, tokenRequestsPerMinute: 100_000 });
  let org = '';
  const base = () => `/api/v1/orgs/${org}`;

  beforeAll(async () => {
    org = await api.freshOrg();
    // Keys and titles no nasty value matches as a word or a number.
    for (const [title, key] of [
      ['Alfa', 'Sak 777-2025'],
      ['Beta', 'Sak 778-2025'],
    ]) {
      await api.request({ method: 'POST', url: `${base()}/initiatives`, payload: { title, key } });
    }
    await api.request({ method: 'POST', url: `${base()}/people`, payload: { name: 'Kari' } });
  });

  /**
   * Requests every url and lists those answered with anything but 400, 404 or a 200 allowed by
   * `ok200` (by default: one with no row, the value matched nothing instead of widening the query).
   */
  async function expectHarmless(
    urls: string[],
    ok200 = (body: { items?: unknown[] }) => (body.items ?? []).length === 0,
  ): Promise<void> {
    const harms: string[] = [];
    for (const url of urls) {
      const res = await api.request({ method: 'GET', url });
      const ok =
        res.statusCode === 400 || res.statusCode === 404 || (res.statusCode === 200 && ok200(json(res)));
      if (!ok) harms.push(`${url}: ${res.statusCode} ${res.body.slice(0, 160)}`);
    }
    expect(harms).toEqual([]);
  }

  it('answers every list filter given a nasty value with no match or 400, never 5xx', async () => {
    const urls: string[] = [];
    for (const [path, params] of LISTS) {
      for (const param of params) {
        const at = `${base()}${path}?${param}=`;
        urls.push(...NASTY.map((value) => `${at}${encodeURIComponent(value)}`));
        urls.push(...RAW_QUERY_VALUES.map((raw) => `${at}${raw}`));
        urls.push(`${at}a&${param}=b`); // an array where a string belongs
      }
    }
    await expectHarmless(urls);
    await expectTablesIntact(use());
  });

  it('finds nothing with wildcards in q: %, _ and \\ are text, not patterns', async () => {
    for (const q of ['%', '_', '\\', '%%', '_%_', '%77%', 'Sak _77-2025', 'Sak 77%', 'Sak 7__-2025']) {
      const res = await api.request({
        method: 'GET',
        url: `${base()}/initiatives?q=${encodeURIComponent(q)}`,
      });
      expect(res.statusCode, q).toBe(200);
      expect(json<{ items: unknown[] }>(res).items, q).toEqual([]);
    }
    const real = await api.request({ method: 'GET', url: `${base()}/initiatives?q=Alfa` });
    expect(json<{ items: { title: string }[] }>(real).items.map((i) => i.title)).toEqual(['Alfa']);
  });

  it('refuses a search just over the limit with 400', async () => {
    const atLimit = await api.request({
      method: 'GET',
      url: `${base()}/initiatives?q=${'x'.repeat(LIMITS.searchText)}`,
    });
    expect(atLimit.statusCode).toBe(200);
    for (const q of [
      'x'.repeat(LIMITS.searchText + 1),
      "'".repeat(LIMITS.searchText + 1),
      'ø'.repeat(5_000),
    ]) {
      const res = await api.request({
        method: 'GET',
        url: `${base()}/initiatives?q=${encodeURIComponent(q)}`,
      });
      expect(res.statusCode).toBe(400);
      expect(json(res)).toMatchObject({ code: 'validation-failed' });
    }
    const longRef = await api.request({
      method: 'GET',
      url: `${base()}/trace?ref=${'x'.repeat(LIMITS.name + 1)}`,
    });
    expect(longRef.statusCode).toBe(400);
  });

  it('answers a forged cursor with 400 or a page, never 5xx', async () => {
    const uuid = '00000000-0000-0000-0000-000000000000';
    const forged = [
      cursorOf(["' OR 1=1 --", 'not-a-uuid']),
      cursorOf(['x', "'; DROP TABLE people; --"]),
      cursorOf(['2026', '1', `${uuid.slice(0, -1)}' OR '1'='1`]),
      cursorOf(['abc', 'def', uuid]),
      cursorOf(['abc', uuid]),
      cursorOf(['1e999', uuid]),
      cursorOf(['99999999999999999999', '1', uuid]),
      cursorOf([null, null]),
      cursorOf([null, null, null]),
      cursorOf([{}, []]),
      cursorOf(['\u0000', '\u0000']),
      'not base64 at all',
    ];
    const lists = ['/initiatives', '/people', '/backlog/items', '/roadmap/elements', '/teams'];
    const sorts = ['title', 'updatedAt', 'createdAt', 'progress', 'phase', 'priority', 'health'].map(
      (sort) => `/initiatives?sort=${sort}`,
    );
    // A well-formed cursor may continue anywhere; what matters is that it is a value, never SQL.
    await expectHarmless(
      forged.flatMap((c) => [
        ...lists.map((list) => `${base()}${list}?cursor=${encodeURIComponent(c)}`),
        ...sorts.map((list) => `${base()}${list}&cursor=${encodeURIComponent(c)}`),
      ]),
      () => true,
    );
    await expectTablesIntact(use());
  });

  it('answers nasty path parameters with 400 or 404 (or an empty list), never 5xx', async () => {
    const refs = [
      "Sak 777-2025' OR 1=1",
      "Sak 777-2025'; DROP TABLE initiatives; --",
      'Sak 777-2025 OR 1=1',
      'Sak 99999999-2025',
      "' OR ''='",
      '%',
      '\u0000',
      'Sak 777-2025\u0000',
      '00000000-0000-0000-0000-000000000000',
      '00000000-0000-0000-0000-00000000000g',
    ];
    const ids = ['not-a-uuid', "1' OR '1'='1", '%25', '\u0000', '{}', '00000000-0000-0000-0000-000000000000'];
    const at = (id: string) => encodeURIComponent(id);
    await expectHarmless([
      ...refs.flatMap((ref) =>
        ['', '/decisions', '/status-updates', '/history'].map(
          (rest) => `${base()}/initiatives/${at(ref)}${rest}`,
        ),
      ),
      ...ids.flatMap((id) => [
        `${base()}/people/${at(id)}`,
        `${base()}/history/${at(id)}`,
        `${base()}/strategy/sources/${at(id)}/items`,
        `${base()}/roadmap/elements/${at(id)}/status-updates`,
        `/api/v1/orgs/${at(id)}`,
        `/api/v1/orgs/${at(id)}/initiatives`,
        `/api/v1/public/${at(id)}/roadmap`,
        `/api/v1/account-events?userId=${at(id)}`,
      ]),
      `/api/v1/orgs/${at("x' OR '1'='1")}/people`,
      `/api/v1/orgs/${at('%')}/people`,
    ]);
    // Past the router's bound on a path parameter: refused before anything looks it up.
    const tooLong = await api.request({ method: 'GET', url: `/api/v1/orgs/${'a'.repeat(300)}/people` });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json<{ code: string }>().code).toBe('validation-failed');

    // Writes to a nasty reference change nothing.
    for (const ref of refs.slice(0, 3)) {
      const res = await api.request({
        method: 'PATCH',
        url: `${base()}/initiatives/${at(ref)}`,
        headers: { 'if-match': '"v1"' },
        payload: { title: 'Overskrevet' },
      });
      expect([400, 404], res.body).toContain(res.statusCode);
    }
    await expectTablesIntact(use());
    const list = json<{ items: { title: string }[] }>(
      await api.request({ method: 'GET', url: `${base()}/initiatives` }),
    );
    expect(list.items.map((i) => i.title)).toEqual(['Alfa', 'Beta']);
  });

  it('stores metacharacters in text as they are, and refuses a NUL character with 400', async () => {
    for (const name of NASTY.filter((t) => !t.includes('\u0000'))) {
      const res = await api.request({ method: 'POST', url: `${base()}/people`, payload: { name } });
      expect(res.statusCode, name).toBe(201);
      const read = await api.request({
        method: 'GET',
        url: `${base()}/people/${json<{ id: string }>(res).id}`,
      });
      expect(json(read)).toMatchObject({ name });
    }
    for (const name of ['a\u0000b', '\u0000']) {
      const res = await api.request({ method: 'POST', url: `${base()}/people`, payload: { name } });
      expectNoServerError(res, 'a NUL character in a name');
      expect(res.statusCode).toBe(400);
      expect(json(res)).toMatchObject({ code: 'validation-failed' });
    }
    await expectTablesIntact(use());
  });
});
