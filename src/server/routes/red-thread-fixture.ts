import type { LightMyRequestResponse } from 'fastify';
import { json, type TestApi } from '../testing/test-app';

type Body = Record<string, unknown>;

/** A small red thread built over the API: one initiative, elements, epics and issues. */
export function redThreadFixture(api: TestApi) {
  let org = '';
  const url = (path: string) => `/api/v1/orgs/${org}${path}`;
  const post = (path: string, payload: Body) => api.request({ method: 'POST', url: url(path), payload });
  const get = (path: string) => api.request({ method: 'GET', url: url(path) });
  const created = async (res: Promise<LightMyRequestResponse>) => {
    const answer = await res;
    if (answer.statusCode !== 201) throw new Error(`${answer.statusCode}: ${answer.body}`);
    return json<{ id: string; key?: string; version: number }>(answer);
  };

  /** PATCH with the If-Match of a fresh read. */
  const patch = async (path: string, payload: Body) => {
    const { version } = json<{ version: number }>(await get(path));
    return api.request({
      method: 'PATCH',
      url: url(path),
      headers: { 'if-match': `"v${version}"` },
      payload,
    });
  };

  return {
    url,
    get,
    post,
    patch,
    async start(): Promise<string> {
      org = await api.freshOrg();
      return org;
    },
    initiative: (title = 'Ny folkeregisterløsning') => created(post('/initiatives', { title })),
    element: (payload: Body) => created(post('/roadmap/elements', payload)),
    epic: (payload: Body) => created(post('/backlog/items', { kind: 'epic', ...payload })),
    issue: (parentId: string, payload: Body = {}) =>
      created(post('/backlog/items', { kind: 'issue', title: 'Oppgave', parentId, ...payload })),
    /** Sets an item's state the way GitHub reports it. */
    setState: (id: string, state: 'open' | 'closed', stateReason: string | null) =>
      patch(`/backlog/items/${id}`, { state, stateReason }),
    readInitiative: async (ref: string) =>
      json<{ progress: number | null; readyForDone: boolean; health: string | null; rollup: Body }>(
        await get(`/initiatives/${encodeURIComponent(ref)}`),
      ),
    readElement: async (id: string) =>
      json<{
        status: string;
        progress: number | null;
        proposedStatus: string | null;
        health: string | null;
        version: number;
        rollup: { delivered: boolean; healthReasons: { code: string }[] };
      }>(await get(`/roadmap/elements/${id}`)),
  };
}
