/**
 * An injected clock for the client: `sleep` returns at once and moves `now` forward, so waits are
 * checked by their length instead of being waited out.
 */
export interface FakeClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  advance: (ms: number) => void;
  /** Every sleep asked for, in order. */
  slept: number[];
}

export function fakeClock(start = Date.parse('2025-03-01T12:00:00Z')): FakeClock {
  let t = start;
  const slept: number[] = [];
  return {
    now: () => t,
    sleep: (ms) => {
      slept.push(ms);
      t += ms;
      return Promise.resolve();
    },
    advance: (ms) => {
      t += ms;
    },
    slept,
  };
}
