import type { FundingLine, Milestone, Okr, ResourceLine } from '../../contracts/initiatives';
import type { DemoStep, PhaseId } from './types';

/** Short forms for the demo's repetitive shapes, so the data files read like the portfolio itself. */

export const PORTFOLIO_OFFICE = 'Porteføljekontoret';
export const MANAGEMENT_GROUP = 'Ledergruppen';

type KeyResultRow = [title: string, target?: string, current?: string, done?: boolean];

export const okr = (objective: string, ...keyResults: KeyResultRow[]): Okr => ({
  objective,
  keyResults: keyResults.map(([title, target, current, done]) => ({
    title,
    target: target ?? null,
    current: current ?? null,
    done: done ?? false,
  })),
});

export const milestone = (title: string, due: string, done = false): Milestone => ({ title, due, done });

export const funding = (
  year: number,
  budgetItem: string,
  source: FundingLine['source'],
  needNok: number,
  grantedNok?: number,
): FundingLine => ({ year, budgetItem, source, needNok, grantedNok: grantedNok ?? null });

export const resources = (
  year: number,
  internalPersonMonths: number,
  externalPersonMonths = 0,
): ResourceLine => ({
  year,
  internalPersonMonths,
  externalPersonMonths,
});

export const POST_01 = 'Post 01 Driftsutgifter';
export const POST_21 = 'Post 21 Spesielle driftsutgifter';
export const POST_45 = 'Post 45 Større utstyrsanskaffelser og vedlikehold';

const GATE_RATIONALE: Record<PhaseId, string> = {
  'ikke-startet': '',
  problem: 'Behovet er beskrevet og vurdert som viktig. Tiltakseier detaljerer problemet.',
  konsept: 'Problemet er godt beskrevet, knyttet til strategiske mål og prioritert.',
  planlegging: 'Konseptet er vurdert, OKR er satt og risiko er kartlagt.',
  implementering: 'Milepæler, ressurser og budsjett er på plass. Tiltaket fordeles til teamene.',
  utfort: 'OKR er nådd, tiltaket er overlevert til forvaltning og økonomien er avsluttet.',
};

/** An approval to the next phase; the rationale defaults to what the gate asks for. */
export const approve = (to: PhaseId, on: string, rationale?: string, by = PORTFOLIO_OFFICE): DemoStep => ({
  outcome: 'approved',
  to,
  on,
  by,
  rationale: rationale ?? GATE_RATIONALE[to],
});

export const approveWithConditions = (
  to: PhaseId,
  on: string,
  conditions: string,
  rationale?: string,
): DemoStep => ({
  outcome: 'approved-with-conditions',
  to,
  on,
  by: PORTFOLIO_OFFICE,
  conditions,
  rationale: rationale ?? GATE_RATIONALE[to],
});

export const sendBack = (to: PhaseId, on: string, rationale: string): DemoStep => ({
  outcome: 'sent-back',
  to,
  on,
  by: PORTFOLIO_OFFICE,
  rationale,
});

export const park = (on: string, rationale: string): DemoStep => ({
  outcome: 'parked',
  on,
  by: PORTFOLIO_OFFICE,
  rationale,
});
export const resume = (on: string, rationale: string): DemoStep => ({
  outcome: 'resumed',
  on,
  by: PORTFOLIO_OFFICE,
  rationale,
});
export const stop = (on: string, rationale: string, by = MANAGEMENT_GROUP): DemoStep => ({
  outcome: 'stopped',
  on,
  by,
  rationale,
});

const FORWARD: PhaseId[] = ['problem', 'konsept', 'planlegging', 'implementering', 'utfort'];

/** Plain approvals through the phases, one date per gate: approvals('2025-02-12', '2025-04-09') ends in Konsept. */
export const approvals = (...dates: string[]): DemoStep[] =>
  dates.map((on, i) => {
    const to = FORWARD[i];
    if (!to) throw new Error(`more approval dates (${dates.length}) than phases`);
    return approve(to, on);
  });
