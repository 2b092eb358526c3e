import { expect, it } from 'vitest';
import { FakeGitHub } from './fake-github';
import { testRequest } from './test-request';

it('answers latencyMs later, for benchmarks that stand in for GitHub’s own latency', async () => {
  const fake = await FakeGitHub.start({ latencyMs: 150 });
  try {
    fake.addOrg('o');
    fake.addRepo('o', 'r');
    const started = performance.now();
    const answer = await testRequest(fake, 'GET', '/repos/o/r/issues');
    expect(answer.status).toBe(200);
    // A timer never fires early: the lower bound holds however busy the machine is.
    expect(performance.now() - started).toBeGreaterThanOrEqual(149);
  } finally {
    await fake.close();
  }
});
