import type { GithubSettings, SyncRun, SyncStatus } from '../../../contracts/github-sync';
import { formatFields, formatTable, show, type Column } from '../../output/table';
import { formatRate, formatWhen } from './format-rate';
import { TRIGGER_NAMES, durationOf, errorLines, requestsLine, skippedLines } from './format-run-summary';
import { SYNC_PHASE_WORDS } from './sync-phase-words';

const connectionLine = (c: SyncStatus['connection']): string => {
  if (!c.configured) return 'not configured (set GITHUB_TOKEN or GITHUB_APP_ID on the server)';
  return c.kind === 'app' ? 'configured, as a GitHub App' : 'configured, with a token';
};

const boardOf = (project: number | null) => (project === null ? 'no board' : `board ${project}`);

function sourceFields(settings: GithubSettings | null): [string, string][] {
  if (!settings) return [['Sources', 'none yet (run `rodtrad github connect`)']];
  const p = settings.portfolio;
  const r = settings.roadmap;
  const byRepo = Object.entries(settings.epicLabelsByRepository).map(
    ([repo, labels]) => `${repo}: ${show(labels)}`,
  );
  return [
    ['Sync', settings.enabled ? 'enabled' : 'disabled'],
    ['Portfolio', p ? `${p.owner}/${p.repo}, ${boardOf(p.project)}, phase field "${p.phaseField}"` : '-'],
    [
      'Roadmap',
      r ? `${r.owner}/${r.repo}, ${boardOf(r.project)}, write-back ${r.writeBack ? 'on' : 'off'}` : '-',
    ],
    ['Epic labels', show(settings.epicLabels)],
    ...(byRepo.length > 0 ? [['Epic labels by repository', byRepo.join('\n')] as [string, string]] : []),
  ];
}

const runColumns: Column<SyncRun>[] = [
  { header: 'STARTED', value: (r) => formatWhen(r.startedAt) },
  { header: 'TRIGGER', value: (r) => r.trigger },
  { header: 'STATUS', value: (r) => r.status },
  { header: 'TOOK', value: (r) => durationOf(r) ?? SYNC_PHASE_WORDS[r.report.phase], align: 'right' },
  { header: 'CREATED', value: (r) => String(r.report.counts.created), align: 'right' },
  { header: 'UPDATED', value: (r) => String(r.report.counts.updated), align: 'right' },
  { header: 'UNCHANGED', value: (r) => String(r.report.counts.unchanged), align: 'right' },
  { header: 'DELETED', value: (r) => String(r.report.counts.deleted), align: 'right' },
  { header: 'SKIPPED', value: (r) => String(r.report.counts.skipped), align: 'right' },
  { header: 'REQUESTS', value: (r) => String(r.report.requests.total), align: 'right' },
  { header: 'COUNTED', value: (r) => String(r.report.requests.counted), align: 'right' },
  { header: 'ERRORS', value: (r) => String(r.report.errors.length), align: 'right' },
];

function lastRunLines(run: SyncRun): string[] {
  const head = `Last run: ${TRIGGER_NAMES[run.trigger].toLowerCase()} ${run.status}, started ${formatWhen(run.startedAt)} by ${run.startedBy} (run ${run.id})`;
  const details = [...skippedLines(run.report), ...errorLines(run.report)];
  return [
    head,
    ...(details.length > 0 ? details : ['Nothing skipped, no errors.']),
    formatFields([
      ['Requests', requestsLine(run.report)],
      ['Rate budget', formatRate(run.report.rate)],
    ]),
  ];
}

/**
 * `rodtrad sync --status` for people: how the server reaches GitHub (never a secret, only whether
 * one is set), the organisation's sources, the last runs, the last run's skips and errors, the
 * webhook queue and the rate budget the last run saw.
 */
export function formatSyncStatus(status: SyncStatus): string {
  const c = status.connection;
  const q = status.queue;
  const last = status.runs[0];
  const sections = [
    formatFields([
      ['GitHub', connectionLine(c)],
      ['API URL', c.apiUrl],
      ['GraphQL URL', c.graphqlUrl],
      ['Webhook secret', c.webhookSecretSet ? 'set' : 'not set (webhooks are refused)'],
      ...sourceFields(status.settings),
    ]),
    status.runs.length > 0 ? `Last runs:\n${formatTable(runColumns, status.runs)}` : 'No runs yet.',
    ...(last ? [lastRunLines(last).join('\n')] : []),
    formatFields([
      [
        'Webhook queue',
        `${q.pending} pending, ${q.failed} failed${q.oldestPendingAt ? `, oldest from ${formatWhen(q.oldestPendingAt)}` : ''}`,
      ],
    ]),
  ];
  return sections.join('\n\n');
}
