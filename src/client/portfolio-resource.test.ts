import { describe, expect, it } from 'vitest';
import type { Agenda } from '../contracts/agenda';
import type { SearchResult } from '../contracts/search';
import type { FetchLike } from './http';
import { RodtradClient } from './rodtrad-client';

const agenda: Agenda = {
  since: '2026-03-01',
  today: '2026-03-08',
  staleDays: 30,
  newProposals: [],
  awaitingGate: [],
  offTrack: [],
  stale: [],
  decisionsSince: [],
};
const empty = { items: [], more: false };
const result: SearchResult = {
  q: 'Ærlig øl',
  initiatives: empty,
  roadmapElements: empty,
  epics: empty,
  people: empty,
};

function recordingClient(body: unknown) {
  const urls: string[] = [];
  const fetch: FetchLike = (url) => {
    urls.push(url);
    return Promise.resolve(
      new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }),
    );
  };
  return { urls, client: new RodtradClient({ baseUrl: 'http://s', org: 'demo', fetch }) };
}

describe('the portfolio resource', () => {
  it('asks for the agenda since a day, or leaves the day to the server', async () => {
    const { client, urls } = recordingClient(agenda);
    expect(await client.portfolio.agenda({ since: '2026-03-01' })).toEqual(agenda);
    await client.portfolio.agenda();
    expect(urls).toEqual([
      'http://s/api/v1/orgs/demo/agenda?since=2026-03-01',
      'http://s/api/v1/orgs/demo/agenda',
    ]);
  });

  it('sends the search words encoded, with a limit when given', async () => {
    const { client, urls } = recordingClient(result);
    expect((await client.portfolio.search('Ærlig øl', 5)).q).toBe('Ærlig øl');
    await client.portfolio.search('100%');
    expect(urls).toEqual([
      'http://s/api/v1/orgs/demo/search?q=%C3%86rlig+%C3%B8l&limit=5',
      'http://s/api/v1/orgs/demo/search?q=100%25',
    ]);
  });
});
