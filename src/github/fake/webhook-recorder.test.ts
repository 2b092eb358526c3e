import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github';
import type { WebhookDelivery } from './webhook-recorder';

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A receiver on a free local port that keeps what it is sent. */
async function receiver(): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    received,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function verified(secret: string, body: string, signature: string): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

describe('fake GitHub webhooks', () => {
  let fake: FakeGitHub;

  beforeEach(async () => {
    fake = await FakeGitHub.start({ webhookSecret: 's3cret' });
    fake.addRepo('acme', 'portfolio');
  });

  afterEach(async () => {
    expect(fake.webhookViolations).toEqual([]);
    await fake.close();
  });

  it('signs each delivery so node:crypto HMAC verifies it, and a wrong secret does not', () => {
    fake.addIssue('acme', 'portfolio', { title: 'Signed' });
    const [delivery] = fake.deliveries();
    if (!delivery) throw new Error('no delivery');
    expect(delivery.headers['x-github-event']).toBe('issues');
    expect(delivery.headers['x-github-delivery']).toBe(delivery.id);
    expect(delivery.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(verified('s3cret', delivery.body, delivery.headers['x-hub-signature-256'])).toBe(true);
    expect(verified('other', delivery.body, delivery.headers['x-hub-signature-256'])).toBe(false);
  });

  it('shapes payloads like GitHub’s, one per kind of change', () => {
    const issue = fake.addIssue('acme', 'portfolio', { title: 'Shaped', labels: ['a'] });
    fake.editIssue(issue, { title: 'Reshaped', labels: ['a', 'b'], type: 'Epic' });
    fake.closeIssue(issue);
    fake.reopenIssue(issue);
    fake.editIssue(issue, { type: null });
    const kinds = fake.deliveries().map((delivery) => `${delivery.event}.${delivery.action ?? ''}`);
    expect(kinds).toEqual([
      'issues.opened',
      'issues.edited',
      'issues.labeled',
      'issues.typed',
      'issues.closed',
      'issues.reopened',
      'issues.untyped',
    ]);
    const edited = JSON.parse(fake.deliveries()[1]?.body ?? '{}') as Record<string, unknown>;
    expect(edited).toMatchObject({
      action: 'edited',
      changes: { title: { from: 'Shaped' } },
      issue: { title: 'Reshaped' },
      repository: { full_name: 'acme/portfolio' },
      organization: { login: 'acme' },
      sender: { login: 'fake-actor' },
    });
  });

  it('records nothing inside silently(), for large fixtures', () => {
    fake.silently(() => fake.addIssue('acme', 'portfolio', { title: 'Quiet' }));
    expect(fake.deliveries()).toEqual([]);
  });

  it('posts one delivery on demand, so tests can repeat, reorder and drop them', async () => {
    const target = await receiver();
    try {
      const issue = fake.addIssue('acme', 'portfolio', { title: 'One' });
      fake.closeIssue(issue);
      const [opened, closed] = fake.deliveries() as [WebhookDelivery, WebhookDelivery];
      for (const delivery of [closed, opened, closed]) {
        const response = await fake.deliver(delivery, target.url);
        expect(response.status).toBe(202);
      }
      expect(target.received.map((entry) => entry.headers['x-github-delivery'])).toEqual([
        closed.id,
        opened.id,
        closed.id,
      ]);
      const first = target.received[0];
      expect(first?.body).toBe(closed.body);
      expect(first?.headers['x-hub-signature-256']).toBe(closed.headers['x-hub-signature-256']);
      expect(first?.headers['content-type']).toBe('application/json');
    } finally {
      await target.close();
    }
  });

  it('posts each new delivery in order when auto-delivering', async () => {
    const target = await receiver();
    try {
      fake.autoDeliver(target.url);
      const issue = fake.addIssue('acme', 'portfolio', { title: 'Auto' });
      fake.closeIssue(issue);
      await fake.autoDeliverySettled();
      expect(target.received.map((entry) => entry.headers['x-github-event'])).toEqual(['issues', 'issues']);
      expect(target.received.map((entry) => (JSON.parse(entry.body) as { action: string }).action)).toEqual([
        'opened',
        'closed',
      ]);
      fake.autoDeliver(null);
      fake.reopenIssue(issue);
      await fake.autoDeliverySettled();
      expect(target.received).toHaveLength(2);
      expect(fake.autoDeliveryFailures()).toEqual([]);
    } finally {
      await target.close();
    }
  });
});
