import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { ROLES, type Role } from '../../contracts/accounts';
import { grantOf } from '../../domain/access/policy';
import { describeEachDatabase } from '../../store/testing/test-database';
import { bearer, createMember, createTestUser } from '../testing/test-accounts';
import { json, useTestApi } from '../testing/test-app';
import { DEFAULT_AUTH_OPTIONS } from './auth-options';
import { ROUTE_POLICIES, type RoutePolicy } from './route-policies';

/** Who asks: no one, each organisation role, an installation administrator, and a read-only token. */
type Caller = 'anonymous' | Role | 'installation-admin' | 'admin-read-token';
const CALLERS: Caller[] = ['anonymous', ...ROLES, 'installation-admin', 'admin-read-token'];
type Expected = 'allowed' | 'refused' | 'own';

/** What the route table and the policy say this caller gets. */
function expectedFor(caller: Caller, policy: RoutePolicy): Expected {
  if (policy.kind === 'public') return 'allowed';
  if (caller === 'anonymous') return 'refused';
  const scope = caller === 'admin-read-token' ? 'read' : 'admin';
  const isInstallationAdmin = caller === 'installation-admin' || caller === 'admin-read-token';
  switch (policy.kind) {
    case 'signed-in':
      return scope === 'admin' || policy.scope === 'read' ? 'allowed' : 'refused';
    case 'installation-admin':
      return isInstallationAdmin && scope === 'admin' ? 'allowed' : 'refused';
    case 'org': {
      const grant = grantOf(isInstallationAdmin ? 'admin' : caller, policy.action, scope);
      return grant === 'yes' ? 'allowed' : grant === 'no' ? 'refused' : 'own';
    }
  }
}

describeEachDatabase('permission matrix: every route × every caller', (use) => {
  const api = useTestApi(use, { ...DEFAULT_AUTH_OPTIONS, tokenRequestsPerMinute: 100_000 });
  const tokens = new Map<Caller, string>();
  let org = '';
  /** Real items owned by nobody the callers are, so an 'own' grant must refuse them. */
  const foreign = {
    initiative: '',
    initiativeVersion: 0,
    element: '',
    elementVersion: 0,
    epic: '',
    epicVersion: 0,
    product: '',
    team: '',
  };

  beforeAll(async () => {
    org = await api.freshOrg();
    const base = `/api/v1/orgs/${org}`;
    const make = async (path: string, payload: object) => {
      const res = await api.request({ method: 'POST', url: `${base}${path}`, payload });
      if (res.statusCode !== 201) throw new Error(`${path}: ${res.body}`);
      return json<{ id: string; version: number }>(res);
    };
    const group = await make('/product-groups', { slug: 'pg', name: 'Produktgruppe' });
    foreign.product = (await make('/products', { slug: 'p', name: 'Produkt', productGroupId: group.id })).id;
    foreign.team = (await make('/teams', { slug: 't', name: 'Team', type: 'stream-aligned' })).id;
    const initiative = await make('/initiatives', { title: 'Ikke ditt utkast' });
    const element = await make('/roadmap/elements', { title: 'Element', productId: foreign.product });
    const epic = await make('/backlog/items', { kind: 'epic', title: 'Epos', teamId: foreign.team });
    Object.assign(foreign, {
      initiative: initiative.id,
      initiativeVersion: initiative.version,
      element: element.id,
      elementVersion: element.version,
      epic: epic.id,
      epicVersion: epic.version,
    });
    for (const role of ROLES) tokens.set(role, (await createMember(use(), org, role)).token);
    tokens.set('installation-admin', api.adminToken());
    tokens.set('admin-read-token', (await createTestUser(use(), { isAdmin: true, scope: 'read' })).token);
  });

  /** A request that reaches the route's own check: real, foreign items and their versions where needed. */
  function requestFor(key: string): InjectOptions {
    const [method, path = ''] = key.split(' ');
    const url = path
      .replace(':org', org)
      .replace('/initiatives/:ref', `/initiatives/${foreign.initiative}`)
      .replace('/roadmap/elements/:id', `/roadmap/elements/${foreign.element}`)
      .replace('/backlog/items/:id', `/backlog/items/${foreign.epic}`)
      .replace(/:epicId|:id|:userId/g, randomUUID())
      .replace(':secret', 'not-a-link')
      .replace('*', 'x');
    const version = url.includes('/initiatives/')
      ? foreign.initiativeVersion
      : url.includes('/roadmap/elements/')
        ? foreign.elementVersion
        : foreign.epicVersion;
    const bodies: Record<string, object> = {
      [`POST /api/v1/orgs/:org/roadmap/elements`]: { title: 'Nytt', productId: foreign.product },
      [`POST /api/v1/orgs/:org/backlog/items`]: { kind: 'epic', title: 'Nytt', teamId: foreign.team },
      [`POST /api/v1/orgs/:org/roadmap/elements/:id/epics`]: { epicId: foreign.epic },
      [`POST /api/v1/orgs/:org/initiatives/:ref/status-updates`]: { text: 'Status' },
      [`POST /api/v1/orgs/:org/roadmap/elements/:id/status-updates`]: { text: 'Status' },
      [`POST /api/v1/orgs/:org/backlog/import`]: { elements: [], items: [] },
      [`PATCH /api/v1/orgs/:org/initiatives/:ref`]: { title: 'Endret' },
      [`PATCH /api/v1/orgs/:org/roadmap/elements/:id`]: { title: 'Endret' },
      [`PATCH /api/v1/orgs/:org/backlog/items/:id`]: { title: 'Endret' },
    };
    const body = bodies[key];
    return {
      method: method,
      url,
      headers: { 'if-match': `"v${version}"` },
      ...(body && method !== 'GET' ? { payload: body } : {}),
    };
  }

  it('lists only routes that exist, so the matrix walks the real API', () => {
    const stale = Object.keys(ROUTE_POLICIES).filter((key) => {
      const [method = '', url = ''] = key.split(' ');
      return !api.app().hasRoute({ method: method, url });
    });
    expect(stale).toEqual([]);
  });

  for (const caller of CALLERS) {
    it(`answers ${caller} as the policy says on every route`, async () => {
      const wrong: string[] = [];
      for (const [key, policy] of Object.entries(ROUTE_POLICIES)) {
        const expected = expectedFor(caller, policy);
        const token = tokens.get(caller);
        const options = requestFor(key);
        const res = await api.requestAs(token ? bearer(token) : {}, options);
        const refusedWith = caller === 'anonymous' ? 401 : 403;
        // Pages of the sign-in flow redirect; everything else answers JSON or problem+json.
        const refused = res.statusCode === refusedWith;
        const ok = expected === 'allowed' ? !refused && res.statusCode < 500 : refused;
        if (!ok) wrong.push(`${key}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('refuses to build a server with an API route that has no policy', async () => {
    const { buildApp } = await import('../app');
    const app = await buildApp({ database: use() });
    expect(() => app.get('/api/v1/undeclared', () => ({ leaked: true }))).toThrow(/has no policy/);
    await app.close();
  });
});
