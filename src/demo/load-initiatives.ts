import type { Initiative, TransitionRequest, UpdateInitiative } from '../contracts/initiatives';
import type { Workflow } from '../contracts/workflow';
import { createInitiative } from '../services/initiatives/create-initiative';
import { transitionInitiative } from '../services/initiatives/transition-initiative';
import { updateInitiative } from '../services/initiatives/update-initiative';
import type { ServiceContext } from '../services/shared/context';
import { getWorkflow } from '../services/workflow/get-workflow';
import type { DemoInitiative, DemoStep } from './content/types';
import { fieldsOfPhase, resolveInitiative, type DemoKeys } from './initiative-stages';
import { KeyMap } from './key-map';

export interface InitiativeActors {
  /** A person's name by key: edits are made by the initiative's owner, proposals by its submitter. */
  personNames: Map<string, string>;
  /** Who records the portfolio office's decisions. */
  portfolioOffice: string;
}

/** One initiative on its way through the phases, as the loader replays its journey. */
interface Run {
  demo: DemoInitiative;
  current: Initiative;
  /** Phases whose fields have been filled in. */
  filled: Set<string>;
  owner: ServiceContext;
  office: ServiceContext;
}

const caseOrder = (key: string): number => {
  const [, n, y] = /^Sak (\d+)-(\d{4})$/.exec(key) ?? [];
  if (!n || !y) throw new Error(`demo data: "${key}" is not a case key like "Sak 3-2025"`);
  return Number(y) * 100_000 + Number(n);
};

/**
 * Proposes every initiative (in case-number order), then replays each one's decisions: before an
 * approval the owner fills in what the gate asks and ticks off the checklist agreed with the portfolio office.
 * Answers the id of each initiative by its key.
 */
export async function loadInitiatives(
  ctx: ServiceContext,
  demos: DemoInitiative[],
  keys: Omit<DemoKeys, 'initiatives'>,
  actors: InitiativeActors,
): Promise<KeyMap> {
  const { workflow } = await getWorkflow(ctx);
  const allKeys: DemoKeys = { ...keys, initiatives: new KeyMap('initiative') };
  const as = (personKey: string | undefined): ServiceContext => ({
    ...ctx,
    actor: (personKey && actors.personNames.get(personKey)) || ctx.actor,
  });
  const office: ServiceContext = { ...ctx, actor: actors.portfolioOffice };

  const runs: Run[] = [];
  for (const demo of [...demos].sort((a, b) => caseOrder(a.key) - caseOrder(b.key))) {
    // Dependencies are set in the Problem phase, once every initiative exists.
    const proposal = fieldsOfPhase(
      resolveInitiative({ ...demo, dependsOn: undefined }, allKeys),
      'ikke-startet',
    );
    // A proposal the office takes on right away comes with the first gate's checklist agreed.
    const agreed = isApproval(demo.journey[0])
      ? { checkedCriteria: checklistOf(workflow, 'ikke-startet') }
      : {};
    const current = await createInitiative(as(demo.submitter ?? demo.owner), {
      ...proposal,
      ...agreed,
      title: demo.title,
      key: demo.key,
    });
    allKeys.initiatives.set(demo.key, current.id);
    runs.push({ demo, current, filled: new Set(['ikke-startet']), owner: as(demo.owner), office });
  }
  for (const run of runs) await replayJourney(run, resolveInitiative(run.demo, allKeys), workflow);
  return allKeys.initiatives;
}

async function replayJourney(run: Run, all: UpdateInitiative, workflow: Workflow): Promise<void> {
  for (const step of run.demo.journey) {
    if (isApproval(step)) {
      await edit(run, { ...fillPhase(run, all), ...tick(run, checklistOf(workflow, run.current.phase)) });
    } else if (step.outcome === 'parked' || step.outcome === 'stopped') {
      await settle(run, all);
    }
    await decide(run, step);
  }
  if (run.current.status === 'active') await settle(run, all);
}

/** The state the initiative is left in: its current phase worked on and what is ticked off. */
async function settle(run: Run, all: UpdateInitiative): Promise<void> {
  await edit(run, { ...fillPhase(run, all), ...tick(run, run.demo.checked ?? []) });
}

function fillPhase(run: Run, all: UpdateInitiative): UpdateInitiative {
  const phase = run.current.phase;
  if (run.filled.has(phase)) return {};
  run.filled.add(phase);
  return fieldsOfPhase(all, phase);
}

function tick(run: Run, criteria: readonly string[]): UpdateInitiative {
  const missing = criteria.filter((id) => !run.current.checkedCriteria.includes(id));
  return missing.length > 0 ? { checkedCriteria: [...run.current.checkedCriteria, ...missing] } : {};
}

const isApproval = (step: DemoStep | undefined) =>
  step?.outcome === 'approved' || step?.outcome === 'approved-with-conditions';

const checklistOf = (workflow: Workflow, phase: string): string[] =>
  (workflow.phases.find((p) => p.id === phase)?.exitCriteria ?? [])
    .filter((c) => c.kind === 'checklist')
    .map((c) => c.id);

/** The owner's edit: what the phase asked for, and the checklist it went through with the office. */
async function edit(run: Run, input: UpdateInitiative): Promise<void> {
  if (Object.keys(input).length === 0) return;
  run.current = await updateInitiative(run.owner, run.current.id, run.current.version, input);
}

async function decide(run: Run, step: DemoStep): Promise<void> {
  const request: TransitionRequest = {
    outcome: step.outcome,
    decidedOn: step.on,
    ...(step.to ? { to: step.to } : {}),
    ...(step.by ? { decidedBy: step.by } : {}),
    ...(step.rationale ? { rationale: step.rationale } : {}),
    ...(step.conditions ? { conditions: step.conditions } : {}),
  };
  try {
    run.current = (
      await transitionInitiative(run.office, run.current.id, run.current.version, request)
    ).initiative;
  } catch (err) {
    throw new Error(`demo data: ${run.demo.key} could not be ${step.outcome} on ${step.on}`, { cause: err });
  }
}
