import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BacklogItem } from '../../../contracts/backlog';
import { useFormat } from '../../i18n/format';
import { ProgressBar } from '../../ui/progress-bar';
import { LoadError, Loading } from '../../ui/query-state';
import { PageSection } from '../initiatives/initiative-overview';
import { githubAddress, githubRefOf, issueCounts, issueOutcome, type IssueOutcome } from './issue-state';
import { useElementEpics, useEpicIssues } from './roadmap-queries';

/** The epics that deliver the element, each with its progress and its issues. */
export function ElementEpics({ elementId }: { elementId: string }) {
  const { t } = useTranslation();
  const epics = useElementEpics(elementId);
  const issues = useEpicIssues(epics.data?.map((epic) => epic.id) ?? []);
  return (
    <PageSection title={t('roadmap.epics.heading')} className="element-epics">
      {epics.error ? (
        <LoadError error={epics.error} onRetry={() => void epics.refetch()} />
      ) : !epics.data ? (
        <Loading />
      ) : epics.data.length === 0 ? (
        <Paragraph className="not-set">{t('roadmap.epics.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">{t('roadmap.epics.count', { count: epics.data.length })}</Paragraph>
          {epics.data.map((epic, index) => (
            <EpicEntry key={epic.id} epic={epic} issues={issues[index]} />
          ))}
        </>
      )}
    </PageSection>
  );
}

function EpicEntry({
  epic,
  issues,
}: {
  epic: BacklogItem;
  issues: ReturnType<typeof useEpicIssues>[number] | undefined;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const ref = githubRefOf(epic);
  const address = githubAddress(epic);
  const counts = issues?.data ? issueCounts(issues.data) : null;
  return (
    <article className="element-epic" aria-labelledby={headingId} data-epic={epic.id}>
      <Heading level={3} data-size="2xs" id={headingId}>
        {epic.title}
      </Heading>
      <div className="element-epic__meta">
        <OutcomeText outcome={issueOutcome(epic)} />
        {ref && address ? (
          <Link href={address} rel="noreferrer">
            {ref}
          </Link>
        ) : null}
        <ProgressBar value={epic.rollup?.progress ?? null} label={t('progress.label')} />
        {counts ? (
          <span>
            {t('roadmap.epics.issueCount', { done: String(counts.completed), count: counts.counted })}
            {counts.dropped > 0 ? ` · ${t('roadmap.epics.dropped', { count: counts.dropped })}` : null}
          </span>
        ) : null}
      </div>
      {!issues || issues.isPending ? (
        <Loading />
      ) : issues.error ? (
        <LoadError error={issues.error} onRetry={() => void issues.refetch()} />
      ) : issues.data.length === 0 ? (
        <Paragraph data-size="sm" className="not-set">
          {t('roadmap.epics.noIssues')}
        </Paragraph>
      ) : (
        <ul className="element-issues" aria-label={t('roadmap.epics.issuesOf', { epic: epic.title })}>
          {[...issues.data].sort(byNumber).map((issue) => (
            <IssueEntry key={issue.id} issue={issue} epic={epic} />
          ))}
        </ul>
      )}
    </article>
  );
}

/** In the order they were opened on GitHub; native issues by title after them. */
const byNumber = (a: BacklogItem, b: BacklogItem) =>
  (a.github?.number ?? Infinity) - (b.github?.number ?? Infinity) || a.title.localeCompare(b.title, 'nb');

function IssueEntry({ issue, epic }: { issue: BacklogItem; epic: BacklogItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const outcome = issueOutcome(issue);
  const address = githubAddress(issue);
  // In the epic's own repository "#12" says enough; elsewhere the whole owner/repo#12.
  const sameRepo =
    issue.github && issue.github.owner === epic.github?.owner && issue.github.repo === epic.github.repo;
  const ref = sameRepo ? `#${issue.github?.number}` : githubRefOf(issue);
  return (
    <li className="element-issue" data-outcome={outcome}>
      <OutcomeText outcome={outcome} />
      <span className="element-issue__title">
        {address ? (
          <Link href={address} rel="noreferrer">
            {issue.title}
          </Link>
        ) : (
          issue.title
        )}
      </span>
      <span className="element-issue__side subtle">
        {ref ? <span>{ref}</span> : null}
        {issue.assignees.length > 0 ? (
          <span>{t('roadmap.epics.assignees', { list: format.list(issue.assignees) })}</span>
        ) : null}
      </span>
    </li>
  );
}

/** Open, completed, not planned or duplicate: a mark to scan by, and the word to read. */
const OUTCOME_MARK: Record<IssueOutcome, string> = {
  open: '○',
  completed: '✓',
  'not-planned': '⊘',
  duplicate: '⊘',
};

function OutcomeText({ outcome }: { outcome: IssueOutcome }) {
  const { t } = useTranslation();
  return (
    <span className="outcome" data-outcome={outcome}>
      <span aria-hidden="true" className="outcome__mark">
        {OUTCOME_MARK[outcome]}
      </span>
      {t(`roadmap.epics.outcome.${outcome}`)}
    </span>
  );
}
