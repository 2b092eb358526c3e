import { Command, Option } from 'commander';
import { ApiError } from '../../../client';
import {
  DECISION_OUTCOMES,
  type DecisionOutcome,
  type InitiativeDetail,
  type TransitionRequest,
} from '../../../contracts/initiatives';
import { CliContext, type CliDeps } from '../../cli-context';
import { UsageError } from '../../exit-codes';
import { collect, isoDate } from '../../options/option-values';
import type { PhaseNames } from '../../output/phase-names';

interface MoveOptions {
  to?: string;
  outcome?: DecisionOutcome;
  park?: boolean;
  stop?: boolean;
  resume?: boolean;
  rationale?: string;
  conditions?: string;
  decidedBy?: string;
  decidedOn?: string;
  evidence?: string[];
  ifMatch?: string;
}

/** The decision outcome the options ask for; a plain --to is approved forward and sent back backward. */
export function outcomeOf(
  opts: MoveOptions,
  current: InitiativeDetail,
  to: string | undefined,
  phases: PhaseNames,
): DecisionOutcome {
  const shortcuts = (['park', 'stop', 'resume'] as const).filter((s) => opts[s]);
  if (shortcuts.length + (opts.outcome ? 1 : 0) > 1) {
    throw new UsageError('give only one of --outcome, --park, --stop and --resume');
  }
  if (opts.park) return 'parked';
  if (opts.stop) return 'stopped';
  if (opts.resume) return 'resumed';
  if (opts.outcome) return opts.outcome;
  if (to === undefined) throw new UsageError('say where to: --to <phase>, or --park, --stop or --resume');
  const from = phases.indexOf(current.phase);
  const target = phases.indexOf(to);
  if (target === from) throw new UsageError(`${current.key} is already in ${phases.name(to)}`);
  if (target > from) return opts.conditions ? 'approved-with-conditions' : 'approved';
  return 'sent-back';
}

export function moveCommand(deps: CliDeps): Command {
  return new Command('move')
    .description(
      'move an initiative through a gate, send it back, park, stop or resume it; writes a decision',
    )
    .argument('<ref>', 'id or key, e.g. "Sak 14-2026"')
    .option('--to <phase>', 'target phase (id or name); forward is approved, backward is sent back')
    .addOption(new Option('--outcome <outcome>', 'the decision, when not implied').choices(DECISION_OUTCOMES))
    .option('--park', 'park it (needs --rationale)')
    .option('--stop', 'stop it (needs --rationale)')
    .option('--resume', 'resume a parked initiative')
    .option('--rationale <text>', 'why (required to move back, park or stop)')
    .option('--conditions <text>', 'conditions of an approval (implies approved-with-conditions)')
    .option('--decided-by <who>', 'who decided, e.g. "Porteføljerådet"')
    .option('--decided-on <date>', 'decision date, YYYY-MM-DD (default today)', isoDate)
    .option('--evidence <url>', 'link to the decision basis, repeatable', collect)
    .option('--if-match <etag>', 'the ETag you read; by default the current one is used')
    .action(async (ref: string, opts: MoveOptions, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const phases = await ctx.phases();
      const to = opts.to === undefined ? undefined : phases.idOf(opts.to);
      const current = await ctx.client.initiatives.get(ref);
      const outcome = outcomeOf(opts, current.data, to, phases);
      const request: TransitionRequest = {
        outcome,
        to:
          to ??
          (outcome === 'approved' || outcome === 'approved-with-conditions'
            ? (current.data.gate.nextPhase ?? undefined)
            : undefined),
        rationale: opts.rationale,
        conditions: opts.conditions,
        decidedBy: opts.decidedBy,
        decidedOn: opts.decidedOn,
        evidenceLinks: opts.evidence,
      };
      try {
        const result = await ctx.client.initiatives.transition(ref, request, opts.ifMatch ?? current.etag);
        if (ctx.json) return ctx.printJson(result);
        const { initiative: i, decision: d } = result;
        const move =
          d.fromPhase === d.toPhase
            ? phases.name(d.toPhase)
            : `${phases.name(d.fromPhase)} → ${phases.name(d.toPhase)}`;
        ctx.line(`${i.key}: ${move}, ${d.outcome} (status ${i.status}); decision ${d.id}`);
      } catch (err) {
        if (err instanceof ApiError && err.code === 'gate-criteria-unmet' && !ctx.json) {
          const target = request.to ? phases.name(request.to) : 'the next phase';
          ctx.note(`${current.data.key} cannot move from ${phases.name(current.data.phase)} to ${target}:`);
        }
        throw err;
      }
    });
}
