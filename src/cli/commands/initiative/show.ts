import { Command } from 'commander';
import type { Decision, InitiativeDetail } from '../../../contracts/initiatives';
import { CliContext, type CliDeps } from '../../cli-context';
import { formatHistory } from '../../output/history';
import { bokmal, type PhaseNames } from '../../output/phase-names';
import { formatFields, formatTable, show } from '../../output/table';

/** "Kari Nordmann" for a person id, read once per id. */
async function peopleNames(ctx: CliContext, ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  const people = await Promise.all(
    unique.map(async (id) => [id, (await ctx.client.people.get(id)).data.name] as const),
  );
  return new Map(people);
}

function allocationText(i: InitiativeDetail): string {
  const a = i.allocation;
  if (!a) return '-';
  if (a.kind === 'product-group') return `product group ${a.productGroupId}`;
  if (a.kind === 'working-group') return `working group ${a.workingGroupId}`;
  return `teams ${a.teamIds.join(', ')}`;
}

export function formatGate(i: InitiativeDetail, phases: PhaseNames): string {
  const gate = i.gate;
  if (!gate.nextPhase) return `Gate: none (${phases.name(gate.phase)} is the last phase)`;
  const met = gate.criteria.filter((c) => c.met).length;
  const state = gate.ready ? 'ready' : `${met} of ${gate.criteria.length} met`;
  const lines = gate.criteria.map((c) => `  ${c.met ? '✓' : '✗'} ${bokmal(c.label)}  (${c.id})`);
  return [`Gate ${phases.name(gate.phase)} → ${phases.name(gate.nextPhase)}: ${state}`, ...lines].join('\n');
}

export function formatDecisions(decisions: Decision[], phases: PhaseNames): string {
  if (decisions.length === 0) return 'Decisions: none';
  const table = formatTable(
    [
      { header: 'DATE', value: (d: Decision) => d.decidedOn },
      { header: 'OUTCOME', value: (d) => d.outcome },
      {
        header: 'MOVE',
        value: (d) =>
          d.fromPhase === d.toPhase
            ? phases.name(d.toPhase)
            : `${phases.name(d.fromPhase)} → ${phases.name(d.toPhase)}`,
      },
      {
        header: 'STATUS',
        value: (d) => (d.fromStatus === d.toStatus ? d.toStatus : `${d.fromStatus} → ${d.toStatus}`),
      },
      { header: 'BY', value: (d) => d.decidedBy, maxWidth: 25 },
      { header: 'RATIONALE', value: (d) => show(d.rationale), maxWidth: 40 },
      { header: 'CONDITIONS', value: (d) => show(d.conditions), maxWidth: 30 },
    ],
    decisions,
  );
  return `Decisions:\n${table}`;
}

/** Progress as a percentage; a typed override is shown with the computed figure beside it. */
function progressText(i: {
  progress: number | null;
  progressOverride: number | null;
  rollup: { progress: number | null };
}): string {
  const pct = (v: number | null) => (v === null ? '-' : `${Math.round(v * 100)} %`);
  return i.progressOverride === null
    ? pct(i.progress)
    : `${pct(i.progress)} (typed; computed ${pct(i.rollup.progress)})`;
}

export function showCommand(deps: CliDeps): Command {
  return new Command('show')
    .description('an initiative with its gate checklist and decisions')
    .argument('<ref>', 'id or key, e.g. "Sak 14-2026"')
    .option('--history', 'also every change to it')
    .action(async (ref: string, opts: { history?: boolean }, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const { data: i } = await ctx.client.initiatives.get(ref);
      const history = opts.history ? await ctx.client.initiatives.history(ref) : undefined;
      if (ctx.json) return ctx.printJson(history ? { ...i, history } : i);
      const phases = await ctx.phases();
      const names = await peopleNames(ctx, [i.ownerId, i.responsibleId, i.submitterId]);
      const person = (id: string | null) => (id ? (names.get(id) ?? id) : '-');
      ctx.line(`${i.key}  ${i.title}`);
      ctx.line();
      ctx.line(
        formatFields([
          ['Phase', phases.name(i.phase)],
          ['Status', i.status],
          ['Priority', show(i.priority)],
          ['Health', `${show(i.health)}${i.healthOverride ? ' (set by hand)' : ''}`],
          ['Progress', progressText(i)],
          ['Ready for Utført', i.readyForDone ? 'yes: every roadmap element is delivered' : 'no'],
          ['Risk level', show(i.riskLevel)],
          ['Owner', person(i.ownerId)],
          ['Responsible', person(i.responsibleId)],
          ['Submitted by', person(i.submitterId)],
          ['Allocation', allocationText(i)],
          ['Person-months', show(i.personMonthsTotal)],
          ['Strategic items', show(i.strategicItemIds)],
          ['Depends on', show(i.dependsOnIds)],
          ['Problem', show(i.problemStatement)],
          ['Description', show(i.description)],
          ['Risk if not done', show(i.riskIfNotDone)],
          ['Collaboration', show(i.collaboration)],
          ['Competence', show(i.competence)],
          ['OKRs', show(i.okrs.map((o) => `${o.objective} (${o.keyResults.length} key results)`))],
          [
            'Milestones',
            show(i.milestones.map((m) => `${m.done ? '✓' : '○'} ${m.title}${m.due ? ` ${m.due}` : ''}`)),
          ],
          ['Id', i.id],
          ['Version', String(i.version)],
          ['Updated', `${i.updatedAt} by ${i.updatedBy}`],
        ]),
      );
      ctx.line();
      ctx.line(formatGate(i, phases));
      ctx.line();
      ctx.line(formatDecisions(i.decisions, phases));
      if (history) {
        ctx.line();
        ctx.line('History:');
        ctx.line(formatHistory(history, (id) => phases.name(id)));
      }
    });
}
