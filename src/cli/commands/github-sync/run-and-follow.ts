import { ApiError } from '../../../client';
import type { StartSync, SyncRun } from '../../../contracts/github-sync';
import type { CliContext } from '../../cli-context';
import { SetupError } from '../../exit-codes';
import { progressBarOn } from '../../output/progress-bar';
import { followRun } from './follow-run';
import { formatRunSummary, TRIGGER_NAMES } from './format-run-summary';
import { SYNC_PHASE_WORDS } from './sync-phase-words';

/** What `import github` and `sync` add to the exit codes every command has. */
export const RUN_EXIT_HELP = `
Exit status of the run:
  0  the run succeeded
  1  the run failed (its errors are listed), or GitHub is not configured on the server or for the
     organisation (run \`rodtrad github connect\` first)
  3  another GitHub sync of the organisation is already running (see \`rodtrad sync --status\`)
Stopping this command (Ctrl-C) does not stop the run on the server.
`;

/**
 * Starts a run and follows it to the end: a progress bar on standard error, then the summary (or
 * the final run as JSON). A failed run ends in an error, so the exit status tells a script.
 */
export async function runAndFollow(ctx: CliContext, mode: StartSync['mode']): Promise<SyncRun> {
  let started: SyncRun;
  try {
    started = await ctx.client.github.start({ mode });
  } catch (err) {
    if (err instanceof ApiError && err.code === 'conflict' && !ctx.json) {
      ctx.note(
        `A GitHub sync of ${ctx.org} is already running; wait for it to finish (see \`rodtrad sync --status\`).`,
      );
    }
    throw err;
  }
  const bar = ctx.json ? null : progressBarOn(ctx.io);
  let run: SyncRun;
  try {
    run = await followRun(ctx.client.github, started, {
      onProgress: (r) => bar?.update({ phase: SYNC_PHASE_WORDS[r.report.phase], ...r.report.progress }),
    });
  } finally {
    bar?.finish();
  }
  if (ctx.json) ctx.printJson(run);
  else ctx.line(formatRunSummary(run));
  if (run.status === 'failed') {
    const n = run.report.errors.length;
    throw new SetupError(
      `the ${TRIGGER_NAMES[run.trigger].toLowerCase()} failed with ${n} error${n === 1 ? '' : 's'} (run ${run.id})`,
    );
  }
  return run;
}
