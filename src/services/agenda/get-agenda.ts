import type {
  Agenda,
  AgendaDecision,
  AgendaGate,
  AgendaOffTrack,
  AgendaQuery,
  AgendaStale,
} from '../../contracts/agenda';
import type { Initiative } from '../../contracts/initiatives';
import { HEALTH_THRESHOLDS } from '../../domain/rollup/assess-health';
import { addDays, dateOf, daysBetween } from '../../domain/rollup/calendar-days';
import { evaluateGate } from '../../domain/workflow/evaluate-gate';
import {
  selectAgendaInitiatives,
  selectDecisionsSince,
  selectLatestStatusUpdates,
  type LatestStatusUpdateRow,
} from '../../store/repositories/agenda-repository';
import { selectInitiativeLinks } from '../../store/repositories/initiatives-repository';
import { toDecision } from '../initiatives/to-decision';
import { toInitiative } from '../initiatives/to-initiative';
import { withholdDecision } from '../initiatives/withhold-internal';
import type { ServiceContext } from '../shared/context';
import { iso } from '../shared/iso';
import { todayInOslo } from '../shared/today';
import { loadWorkflow } from '../workflow/get-workflow';

/** The agenda looks back one week unless told otherwise: the office meets weekly. */
export const AGENDA_DEFAULT_DAYS = 7;

const HEALTH_RANK = { red: 0, yellow: 1 } as const;

/**
 * The portfolio office's weekly agenda: new proposals, initiatives at a gate, those off track or gone
 * quiet, and the decisions taken since `since`. A fixed number of queries for any portfolio size; the
 * gate is the same evaluation as the initiative's page, on the full initiative (the answer holds no
 * internal field, and decisions' rationales are withheld as everywhere else).
 */
export async function getAgenda(ctx: ServiceContext, query: AgendaQuery): Promise<Agenda> {
  const db = ctx.database.db;
  const today = ctx.today ?? todayInOslo();
  const since = query.since ?? addDays(today, -AGENDA_DEFAULT_DAYS);
  const [{ workflow }, rows, latestUpdates, decisionRows] = await Promise.all([
    loadWorkflow(db, ctx.orgId),
    selectAgendaInitiatives(db, ctx.orgId, since),
    selectLatestStatusUpdates(db, ctx.orgId),
    selectDecisionsSince(db, ctx.orgId, since),
  ]);
  const links = await selectInitiativeLinks(
    db,
    ctx.orgId,
    rows.map((r) => r.row.id),
  );
  const firstPhase = workflow.phases[0]?.id;
  const lastPhase = workflow.phases.at(-1)?.id;
  const staleDays = HEALTH_THRESHOLDS.staleDays;

  const agenda: Agenda = {
    since,
    today,
    staleDays,
    newProposals: [],
    awaitingGate: [],
    offTrack: [],
    stale: [],
    decisionsSince: decisionRows.map(({ decision, key, title }): AgendaDecision => {
      const d = withholdDecision(ctx, toDecision(decision));
      return {
        id: d.id,
        initiativeId: d.initiativeId,
        key,
        title,
        outcome: d.outcome,
        fromPhase: d.fromPhase,
        toPhase: d.toPhase,
        fromStatus: d.fromStatus,
        toStatus: d.toStatus,
        decidedOn: d.decidedOn,
        decidedBy: d.decidedBy,
        conditions: d.conditions,
        rationale: d.rationale,
      };
    }),
  };

  for (const { row, isNew } of rows) {
    const initiative = toInitiative(row, links);
    const base = summaryOf(initiative);
    if (isNew && initiative.phase === firstPhase) {
      agenda.newProposals.push({
        ...base,
        createdAt: initiative.createdAt,
        submitterId: initiative.submitterId,
      });
    }
    if (initiative.status !== 'active') continue;
    const inLastPhase = initiative.phase === lastPhase;
    const gate = evaluateGate(workflow, initiative);
    if (!inLastPhase && (gate.ready || initiative.readyForDone)) {
      agenda.awaitingGate.push(gateLine(base, gate, initiative.readyForDone));
    }
    if (initiative.health === 'red' || initiative.health === 'yellow') {
      agenda.offTrack.push({
        ...base,
        health: initiative.health,
        healthOverridden: initiative.healthOverride !== null,
        reasons: initiative.rollup.healthReasons,
        latestUpdate: noteOf(latestUpdates.get(initiative.id)),
      });
    }
    const stale = inLastPhase ? null : staleLine(base, initiative, latestUpdates.get(initiative.id), today);
    if (stale) agenda.stale.push(stale);
  }
  agenda.offTrack.sort((a, b) => HEALTH_RANK[a.health] - HEALTH_RANK[b.health]);
  return agenda;
}

function summaryOf(i: Initiative) {
  return {
    id: i.id,
    key: i.key,
    title: i.title,
    phase: i.phase,
    status: i.status,
    priority: i.priority,
    health: i.health,
    ownerId: i.ownerId,
  };
}

function gateLine(
  base: ReturnType<typeof summaryOf>,
  gate: ReturnType<typeof evaluateGate>,
  readyForDone: boolean,
): AgendaGate {
  return {
    ...base,
    nextPhase: gate.nextPhase,
    criteriaMet: gate.criteria.filter((c) => c.met).length,
    criteriaTotal: gate.criteria.length,
    gateReady: gate.ready,
    readyForDone,
  };
}

const noteOf = (row: LatestStatusUpdateRow | undefined): AgendaOffTrack['latestUpdate'] =>
  row ? { text: row.text, createdAt: iso(row.createdAt), createdBy: row.createdBy } : null;

/**
 * Stale when nobody has edited the initiative or written a status update for more than the health
 * rules' `staleDays`, or when the roll-up found its delivery silent for as long (its "stale" reason).
 */
function staleLine(
  base: ReturnType<typeof summaryOf>,
  initiative: Initiative,
  latestUpdate: LatestStatusUpdateRow | undefined,
  today: string,
): AgendaStale | null {
  const updateAt = latestUpdate ? iso(latestUpdate.createdAt) : null;
  const lastUpdateAt = updateAt && updateAt > initiative.updatedAt ? updateAt : initiative.updatedAt;
  // Counted as the health rules count staleness.
  const daysSinceUpdate = daysBetween(dateOf(lastUpdateAt), today);
  const quiet = initiative.rollup.healthReasons.find((r) => r.code === 'stale');
  if (daysSinceUpdate <= HEALTH_THRESHOLDS.staleDays && !quiet) return null;
  return {
    ...base,
    lastUpdateAt,
    daysSinceUpdate,
    lastActivityAt: initiative.rollup.lastActivityAt,
    daysSinceActivity: quiet ? Math.round(quiet.amount) : null,
  };
}
