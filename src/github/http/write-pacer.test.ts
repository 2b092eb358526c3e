import { describe, expect, it } from 'vitest';
import { fakeClock } from './testing/fake-clock';
import { WritePacer } from './write-pacer';

describe('WritePacer', () => {
  it('runs tasks one at a time, in order, spaced by the interval', async () => {
    const clock = fakeClock();
    const start = clock.now();
    const pacer = new WritePacer(1_000, clock.now, clock.sleep);
    const log: string[] = [];
    let running = 0;
    const task = (name: string) => async () => {
      running += 1;
      expect(running).toBe(1);
      log.push(`${name}@${clock.now()}`);
      await Promise.resolve();
      clock.advance(200);
      running -= 1;
      return name;
    };
    const results = await Promise.all([pacer.run(task('a')), pacer.run(task('b')), pacer.run(task('c'))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual([`a@${start}`, `b@${start + 1_200}`, `c@${start + 2_400}`]);
    expect(clock.slept).toEqual([1_000, 1_000]);
  });

  it('keeps going after a failed task, and still waits after it', async () => {
    const clock = fakeClock();
    const pacer = new WritePacer(1_000, clock.now, clock.sleep);
    const failed = pacer.run(() => Promise.reject(new Error('boom')));
    const next = pacer.run(() => Promise.resolve('ok'));
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
    expect(clock.slept).toEqual([1_000]);
  });
});
