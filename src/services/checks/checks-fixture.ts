import { randomBytes } from 'node:crypto';
import type { CheckId, CheckItem, CheckReport } from '../../contracts/checks';
import type { Initiative, InitiativeStatus } from '../../contracts/initiatives';
import type { Locale } from '../../contracts/workflow';
import type { Database } from '../../store/database';
import { createInitiative } from '../initiatives/create-initiative';
import { createOrganisation } from '../organisation/organisations';
import type { ServiceContext } from '../shared/context';
import { runPortfolioChecks } from './run-portfolio-checks';

/** The day the check tests live on, so dates in them never age. */
export const TODAY = '2026-06-15';

/** A new organisation on the test database, for one test: checks report on the whole organisation. */
export async function freshContext(database: Database): Promise<ServiceContext> {
  const slug = `checks-${randomBytes(5).toString('hex')}`;
  const org = await createOrganisation(database, 'checks-test', { slug, name: `Checks ${slug}` });
  return { database, orgId: org.id, actor: 'checks-test', today: TODAY };
}

/**
 * The items one check found, as "ref title (detail)" lines that read well in a failing assertion, with
 * the detail in bokmål unless another language is asked for.
 */
export async function found(ctx: ServiceContext, id: CheckId, locale: Locale = 'nb'): Promise<string[]> {
  return lines(await itemsOf(ctx, id), locale);
}

export async function itemsOf(ctx: ServiceContext, id: CheckId): Promise<CheckItem[]> {
  return resultOf(await runPortfolioChecks(ctx), id).items;
}

export function resultOf(report: CheckReport, id: CheckId) {
  const result = report.results.find((r) => r.id === id);
  if (!result) throw new Error(`the report has no ${id}`);
  return result;
}

export const lines = (items: CheckItem[], locale: Locale = 'nb'): string[] =>
  items.map((i) => `${i.ref ?? '-'} ${i.title}${i.detail === null ? '' : ` (${i.detail[locale]})`}`);

/**
 * Phase and status move only through gated decisions; the checks only read them, so the tests set them
 * straight in the store rather than walking every gate.
 */
export async function place(
  ctx: ServiceContext,
  initiative: Initiative,
  phase: string,
  status: InitiativeStatus = 'active',
): Promise<void> {
  await ctx.database.query('UPDATE initiatives SET phase = $1, status = $2 WHERE org_id = $3 AND id = $4', [
    phase,
    status,
    ctx.orgId,
    initiative.id,
  ]);
}

/** An initiative in `phase`, with the given fields. */
export async function initiativeIn(
  ctx: ServiceContext,
  phase: string,
  input: Parameters<typeof createInitiative>[1],
  status: InitiativeStatus = 'active',
): Promise<Initiative> {
  const created = await createInitiative(ctx, input);
  await place(ctx, created, phase, status);
  return created;
}

/** The hand-typed percentage a status update would leave (the status-update use case is the lead's). */
export async function typeProgress(
  ctx: ServiceContext,
  table: 'initiatives' | 'roadmap_elements',
  id: string,
  percent: number | null,
): Promise<void> {
  await ctx.database.query(`UPDATE ${table} SET progress_override = $1 WHERE org_id = $2 AND id = $3`, [
    percent,
    ctx.orgId,
    id,
  ]);
}
