import type { RodtradClient } from '../../../client';
import type { SyncRun } from '../../../contracts/github-sync';

export interface FollowOptions {
  /** Called with the run as started and after every poll. */
  onProgress?(run: SyncRun): void;
  intervalMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const POLL_EVERY_MS = 500;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls a run until it has finished and answers its final record. A failed poll ends the follow with
 * its error; the run itself goes on on the server.
 */
export async function followRun(
  github: Pick<RodtradClient['github'], 'run'>,
  started: SyncRun,
  options: FollowOptions = {},
): Promise<SyncRun> {
  const sleep = options.sleep ?? pause;
  let run = started;
  options.onProgress?.(run);
  while (run.status === 'running') {
    await sleep(options.intervalMs ?? POLL_EVERY_MS);
    run = await github.run(run.id);
    options.onProgress?.(run);
  }
  return run;
}
