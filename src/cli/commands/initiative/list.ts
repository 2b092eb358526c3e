import { Command, Option } from 'commander';
import {
  INITIATIVE_SORTS,
  INITIATIVE_STATUSES,
  PRIORITIES,
  type InitiativeSummary,
} from '../../../contracts/initiatives';
import { CliContext, type CliDeps } from '../../cli-context';
import { positiveInt } from '../../options/option-values';
import { resolveRef } from '../../options/resolve-ref';
import type { PhaseNames } from '../../output/phase-names';
import { formatTable, show } from '../../output/table';

interface ListOptions {
  phase?: string;
  status?: (typeof INITIATIVE_STATUSES)[number];
  priority?: (typeof PRIORITIES)[number];
  productGroup?: string;
  team?: string;
  q?: string;
  sort?: (typeof INITIATIVE_SORTS)[number];
  order?: 'asc' | 'desc';
  limit?: number;
  cursor?: string;
  all?: boolean;
}

const columns = (phases: PhaseNames) => [
  { header: 'KEY', value: (i: InitiativeSummary) => i.key },
  { header: 'TITLE', value: (i: InitiativeSummary) => i.title, maxWidth: 50 },
  { header: 'PHASE', value: (i: InitiativeSummary) => phases.name(i.phase) },
  { header: 'STATUS', value: (i: InitiativeSummary) => i.status },
  { header: 'PRIORITY', value: (i: InitiativeSummary) => show(i.priority) },
  { header: 'HEALTH', value: (i: InitiativeSummary) => show(i.health) },
  {
    header: 'PROGRESS',
    value: (i: InitiativeSummary) =>
      i.progress === null ? '-' : `${Math.round(i.progress * 100)} %${i.readyForDone ? ' ✓' : ''}`,
  },
  { header: 'UPDATED', value: (i: InitiativeSummary) => i.updatedAt.slice(0, 10) },
];

export function listCommand(deps: CliDeps): Command {
  return new Command('list')
    .description('list initiatives, filtered and sorted')
    .option('--phase <phase>', 'phase id or name, e.g. konsept')
    .addOption(new Option('--status <status>', 'status').choices(INITIATIVE_STATUSES))
    .addOption(new Option('--priority <priority>', 'MoSCoW priority').choices(PRIORITIES))
    .option('--product-group <group>', 'product group: id or slug')
    .option('--team <team>', 'team: id or slug')
    .option('--q <text>', 'full-text search in title and texts')
    .addOption(new Option('--sort <field>', 'sort by').choices(INITIATIVE_SORTS))
    .addOption(new Option('--order <order>', 'sort order').choices(['asc', 'desc']))
    .addOption(new Option('--limit <n>', 'rows per page').argParser(positiveInt))
    .option('--cursor <cursor>', 'continue from a previous page')
    .option('--all', 'follow every page')
    .action(async (opts: ListOptions, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const query = {
        phase: opts.phase === undefined ? undefined : (await ctx.phases()).idOf(opts.phase),
        status: opts.status,
        priority: opts.priority,
        productGroup: opts.productGroup && (await resolveRef(ctx.client, 'product-group', opts.productGroup)),
        team: opts.team && (await resolveRef(ctx.client, 'team', opts.team)),
        q: opts.q,
        sort: opts.sort,
        order: opts.order,
        limit: opts.limit,
      };
      const page = opts.all
        ? { items: await ctx.client.initiatives.listAll(query), nextCursor: null }
        : await ctx.client.initiatives.list({ ...query, cursor: opts.cursor });
      if (ctx.json) return ctx.printJson(page);
      ctx.line(page.items.length ? formatTable(columns(await ctx.phases()), page.items) : 'No initiatives.');
      if (page.nextCursor) ctx.note(`More: --cursor ${page.nextCursor} (or --all)`);
    });
}
