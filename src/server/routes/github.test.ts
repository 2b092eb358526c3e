import { createHmac } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { seedFakePortfolio } from '../../github/testing/seed-fake-portfolio';
import { TEST_GITHUB_TOKEN, useSyncHarness } from '../../github/testing/sync-harness';
import type { SyncRun } from '../../contracts/github-sync';
import { bearer, createMember } from '../testing/test-accounts';
import { useTestApi } from '../testing/test-app';

let seeds = 0;

describeEachDatabase('the GitHub sync API', (use) => {
  const harness = useSyncHarness(use);
  const unconfigured = useTestApi(use);

  const orgWithSettings = () =>
    harness.orgFor(seedFakePortfolio(harness.fake(), { initiatives: 1, namespace: `api${(seeds += 1)}-` }));

  it('shows the connection, the settings and the runs, never a secret', async () => {
    const { slug, ctx } = await orgWithSettings();
    await harness.sync().run(ctx, 'import');
    const answer = await harness.api.request({ method: 'GET', url: `/api/v1/orgs/${slug}/github` });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({
      connection: { configured: true, kind: 'token', webhookSecretSet: true },
      settings: { roadmap: { writeBack: false } },
      runs: [{ trigger: 'import', status: 'succeeded' }],
      queue: { pending: 0 },
    });
    expect(answer.body).not.toContain(TEST_GITHUB_TOKEN);
    expect(answer.body).not.toContain(harness.fake().webhookSecret);
  });

  it('lets the administrator set the sources, and refuses what is not a repository', async () => {
    const { slug } = await orgWithSettings();
    const url = `/api/v1/orgs/${slug}/github/settings`;
    const settings = { portfolio: { owner: 'digdir', repo: 'portefolje', project: 3 }, roadmap: null };
    const saved = await harness.api.request({ method: 'PUT', url, payload: settings });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      portfolio: { phaseField: 'Fase' },
      epicLabels: ['Epic', 'kind/epic', '☂️ epic'],
    });
    const bad = await harness.api.request({
      method: 'PUT',
      url,
      payload: { portfolio: { owner: 'digdir', repo: 'a b' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation-failed' });
    const manager = await createMember(use(), slug, 'portfolio-manager');
    expect(
      (await harness.api.requestAs(bearer(manager.token), { method: 'PUT', url, payload: settings }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await harness.api.requestAs(bearer(manager.token), {
          method: 'GET',
          url: `/api/v1/orgs/${slug}/github`,
        })
      ).statusCode,
    ).toBe(200);
    const reader = await createMember(use(), slug, 'reader');
    expect(
      (
        await harness.api.requestAs(bearer(reader.token), {
          method: 'GET',
          url: `/api/v1/orgs/${slug}/github`,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('starts a run in the background, answers its progress, and refuses a second one meanwhile', async () => {
    const { slug } = await orgWithSettings();
    const url = `/api/v1/orgs/${slug}/github/sync`;
    const started = await harness.api.request({ method: 'POST', url, payload: { mode: 'import' } });
    expect(started.statusCode).toBe(202);
    const run = started.json<SyncRun>();
    expect(run.status).toBe('running');
    const second = await harness.api.request({ method: 'POST', url, payload: { mode: 'reconcile' } });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'conflict' });
    await harness.sync().idle();
    const done = await harness.api.request({
      method: 'GET',
      url: `/api/v1/orgs/${slug}/github/runs/${run.id}`,
    });
    expect(done.json()).toMatchObject({ status: 'succeeded', report: { phase: 'done' } });
    expect(done.json<SyncRun>().report.counts.created).toBeGreaterThan(0);
  });

  it('says GitHub is not configured when the server has no credentials', async () => {
    const slug = await unconfigured.freshOrg();
    const answer = await unconfigured.request({
      method: 'POST',
      url: `/api/v1/orgs/${slug}/github/sync`,
      payload: {},
    });
    expect(answer.statusCode).toBe(409);
    expect(answer.json()).toMatchObject({ code: 'github-not-configured' });
  });

  it('takes only deliveries signed with the webhook secret, each once', async () => {
    const secret = harness.fake().webhookSecret;
    const body = JSON.stringify({ action: 'edited', issue: { node_id: 'I_none', number: 1 } });
    const sign = (text: string, key = secret) =>
      `sha256=${createHmac('sha256', key).update(text).digest('hex')}`;
    const post = (headers: Record<string, string>, payload = body) =>
      harness.api.app().inject({
        method: 'POST',
        url: '/api/v1/github/webhook',
        headers: { 'content-type': 'application/json', 'x-github-event': 'issues', ...headers },
        payload,
      });
    const delivery = crypto.randomUUID();
    expect((await post({ 'x-github-delivery': delivery, 'x-hub-signature-256': sign(body) })).json()).toEqual(
      { outcome: 'queued' },
    );
    expect((await post({ 'x-github-delivery': delivery, 'x-hub-signature-256': sign(body) })).json()).toEqual(
      { outcome: 'duplicate' },
    );
    const forged = await post({
      'x-github-delivery': crypto.randomUUID(),
      'x-hub-signature-256': sign(body, 'another-secret-value'),
    });
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toMatchObject({ code: 'signature-invalid' });
    // The signature covers the raw bytes: the same JSON with other spacing is another body.
    const respaced = await post(
      { 'x-github-delivery': crypto.randomUUID(), 'x-hub-signature-256': sign(body) },
      body.replace(':', ': '),
    );
    expect(respaced.statusCode).toBe(401);
    expect((await post({ 'x-github-delivery': crypto.randomUUID() })).statusCode).toBe(401);
    const ping = await post({
      'x-github-event': 'ping',
      'x-github-delivery': crypto.randomUUID(),
      'x-hub-signature-256': sign(body),
    });
    expect(ping.json()).toEqual({ outcome: 'ignored' });
    await harness.sync().idle();
  });

  it('refuses deliveries when no webhook secret is configured', async () => {
    const answer = await unconfigured.app().inject({
      method: 'POST',
      url: '/api/v1/github/webhook',
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'issues',
        'x-github-delivery': 'd-1',
        'x-hub-signature-256': 'sha256=00',
      },
      payload: '{}',
    });
    expect(answer.statusCode).toBe(409);
    expect(answer.json()).toMatchObject({ code: 'github-not-configured' });
  });
});
