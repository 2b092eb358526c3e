import type { GithubInitiative } from '../../services/github-sync/import-github-initiatives';
import { parseInitiativeKey } from '../parse/parse-initiative-key';
import { parsePortfolioBody } from '../parse/parse-portfolio-body';
import type { GithubIssue } from './github-issue';
import { digestOf } from './digest';
import { fitTitle } from './import-text';

/** A portfolio issue → an initiative: the case number from its title, the fields from its template. */
export function toGithubInitiative(issue: GithubIssue, phaseName: string | null): GithubInitiative {
  const { key, title } = parseInitiativeKey(issue.title);
  const body = parsePortfolioBody(issue.body);
  const written = {
    nodeId: issue.nodeId,
    owner: issue.owner,
    repo: issue.repo,
    number: issue.number,
    url: issue.url,
    // The original words, whole: the fields above are what Rødtråd could read from them.
    body: issue.body,
    githubUpdatedAt: issue.updatedAt,
    createdYear: Number(issue.createdAt.slice(0, 4)),
    key,
    fields: {
      title: fitTitle(title, issue.title),
      problemStatement: body.problemStatement,
      description: body.description,
      riskIfNotDone: body.riskIfNotDone,
      collaboration: body.collaboration,
      competence: body.competence,
      personMonthsTotal: body.personMonthsTotal,
      okrs: body.okrs,
    },
  };
  // The phase is compared on its own: a reconcile that did not read the board does not know it.
  return { ...written, phaseName, digest: digestOf(written) };
}
