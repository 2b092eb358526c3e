import { importGithubInitiative } from '../../services/github-sync/import-github-initiatives';
import type { ServiceContext } from '../../services/shared/context';
import { AppError } from '../../services/shared/app-error';
import type { GithubIssue } from './github-issue';
import { toGithubInitiative } from './map-initiative';
import type { SyncReporter } from './sync-reporter';

export interface InitiativeEntry {
  issue: GithubIssue;
  /** The phase's name on the portfolio board; null when unknown (not on the board, or not read). */
  phaseName: string | null;
}

/**
 * Writes the portfolio's initiatives, one transaction each. An issue the service refuses (a case
 * number taken by another issue, say) is reported with the reason and the rest go on.
 */
export async function applyInitiatives(
  ctx: ServiceContext,
  entries: InitiativeEntry[],
  reporter: SyncReporter,
): Promise<void> {
  reporter.phase('portfolio', entries.length);
  for (const { issue, phaseName } of entries) {
    try {
      reporter.count(await importGithubInitiative(ctx, toGithubInitiative(issue, phaseName)));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      reporter.skip(`${issue.owner}/${issue.repo}#${issue.number}`, err.message);
    }
    reporter.advance();
  }
}
