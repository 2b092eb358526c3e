import { summarise, timed, type LatencySummary } from '../stats';

/** Runs `request` `warmup` times unmeasured, then `requests` times measured. */
export async function series(
  options: { requests: number; warmup: number },
  request: (i: number) => Promise<void>,
): Promise<LatencySummary> {
  for (let i = 0; i < options.warmup; i++) await request(i);
  const samples: number[] = [];
  for (let i = 0; i < options.requests; i++) {
    samples.push((await timed(() => request(options.warmup + i))).ms);
  }
  return summarise(samples);
}
