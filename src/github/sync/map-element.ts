import type { ImportElement } from '../../contracts/backlog-import';
import { LIMITS } from '../../contracts/limits';
import { parseDecimal, parseLooseDate, roadmapStatusOf } from '../parse/field-values';
import { findIssueReferences } from '../parse/issue-link';
import { splitLabels } from '../parse/labels';
import { parseRoadmapBody } from '../parse/parse-roadmap-body';
import type { FieldValue } from './board-item';
import { keyOf, type GithubIssue } from './github-issue';
import { fitNames, fitText, fitTitle } from './import-text';

/** The roadmap board's field names, as Digdir's board spells them. */
export const ROADMAP_FIELDS = {
  status: 'Status',
  start: 'Start',
  end: 'Sluttdato',
  progress: 'Progresjon (%)',
  estimate: 'Estimerte ukesverk',
  milestone: 'Milestone',
} as const;

/** A roadmap element before its links are resolved against what is stored. */
export interface ElementDraft {
  element: ImportElement;
  /** Lower-case keys of the elements it depends on, the epics it lists, and every issue its body links (portfolio issues among them). */
  dependsOn: string[];
  epics: string[];
  linkedIssues: string[];
  /** "Sak N-YYYY" it names. */
  initiativeKeys: string[];
  /** Placeholder rows seen ("Draft epos"): reported, never linked. */
  placeholders: number;
  /** A `product/<slug>` label whose product Rødtråd does not have. */
  unknownProduct: string | null;
}

const text = (v: FieldValue | undefined): string | null =>
  v === null || v === undefined ? null : String(v).trim() || null;

/**
 * A roadmap issue and its board values → the import's element. Dates typed loosely (13.05, 15/10) are
 * read against the issue's creation date; the typed `Progresjon (%)` is not imported: Rødtråd computes it.
 */
export function toElementDraft(
  issue: GithubIssue,
  values: Record<string, FieldValue> | null,
  productIds: ReadonlyMap<string, string>,
): ElementDraft {
  const body = parseRoadmapBody(issue.body, { owner: issue.owner, repo: issue.repo });
  const labels = splitLabels(issue.labels);
  const productId = labels.product ? (productIds.get(labels.product.toLowerCase()) ?? null) : null;
  const reference = issue.createdAt.slice(0, 10);
  const startOn = parseLooseDate(text(values?.[ROADMAP_FIELDS.start]), reference);
  const endOn = parseLooseDate(text(values?.[ROADMAP_FIELDS.end]), reference);
  const status = roadmapStatusOf(text(values?.[ROADMAP_FIELDS.status]));
  const estimate = parseDecimal(values?.[ROADMAP_FIELDS.estimate] ?? null);
  const milestone = text(values?.[ROADMAP_FIELDS.milestone]);
  const ownKey = issue.key;
  const keys = (links: { owner: string; repo: string; number: number }[]) =>
    [...new Set(links.map((l) => keyOf(l.owner, l.repo, l.number)))].filter((k) => k !== ownKey);
  return {
    element: {
      ref: `${issue.owner}/${issue.repo}#${issue.number}`,
      title: fitTitle(issue.title, `${issue.owner}/${issue.repo}#${issue.number}`),
      nodeId: issue.nodeId,
      url: issue.url,
      productId,
      labels: fitNames(
        [
          ...(labels.product && !productId ? [`product/${labels.product}`] : []),
          ...labels.programs.map((p) => `program/${p}`),
          ...labels.orgs.map((o) => `org/${o}`),
          ...(labels.priority ? [`Prioritet=${labels.priority}`] : []),
          ...labels.others,
        ],
        50,
      ),
      ...(status
        ? { status }
        : issue.state === 'closed' && issue.stateReason !== 'not-planned'
          ? { status: 'delivered' as const }
          : {}),
      state: issue.state,
      stateReason: issue.stateReason,
      // Dates in the wrong order are a typing slip on the board: keep the start, drop the end.
      startOn,
      endOn: startOn && endOn && endOn < startOn ? null : endOn,
      estimatePersonWeeks: estimate !== null && estimate >= 0 && estimate <= 100_000 ? estimate : null,
      milestone: milestone ? fitText(milestone, LIMITS.name) : null,
      overview: body.overview,
      expectedResult: body.expectedResult,
      howItWorks: body.howItWorks,
      activityAt: issue.updatedAt,
    },
    dependsOn: keys(body.dependencies),
    epics: keys(body.epics),
    linkedIssues: keys(findIssueReferences(issue.body ?? '', { owner: issue.owner, repo: issue.repo })),
    initiativeKeys: body.initiativeKeys,
    placeholders: body.placeholders.dependencies + body.placeholders.epics,
    unknownProduct: labels.product && !productId ? labels.product : null,
  };
}
