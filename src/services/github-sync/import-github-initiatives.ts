import { UpdateInitiativeSchema, type UpdateInitiative } from '../../contracts/initiatives';
import type { SyncCounts } from '../../contracts/github-sync';
import type { Db } from '../../store/database';
import {
  selectInitiativeSourcesByNodeIds,
  upsertInitiativeSource,
} from '../../store/repositories/github-sync/github-initiative-sources-repository';
import {
  insertInitiative,
  raiseKeyCounter,
  selectInitiativeIdByKey,
  takeNextKeyNumber,
} from '../../store/repositories/initiatives-repository';
import { updateVersioned } from '../../store/repositories/versioned';
import { initiatives } from '../../store/schema';
import { recordAuditEvent } from '../audit/record-audit-event';
import { initiativeColumns, writeInitiativeLinks } from '../initiatives/initiative-fields';
import { loadInitiative } from '../initiatives/resolve-initiative';
import { auditSnapshot } from '../initiatives/to-initiative';
import { recomputeAbove } from '../rollup/recompute-thread';
import { AppError } from '../shared/app-error';
import { inTransaction, type ServiceContext } from '../shared/context';
import { loadWorkflow } from '../workflow/get-workflow';

/** A portfolio issue, parsed: where it is on GitHub and the initiative fields its body and board give. */
export interface GithubInitiative {
  nodeId: string;
  owner: string;
  repo: string;
  number: number;
  url: string | null;
  body: string | null;
  githubUpdatedAt: string;
  /** A digest of everything above and the fields below but the phase: equal means nothing to write. */
  digest: string;
  createdYear: number;
  /** "Sak 14-2026" when the title carries it. */
  key: string | null;
  /** The phase's name on the portfolio board ("Konsept"); null when the issue is on no board. */
  phaseName: string | null;
  fields: UpdateInitiative & { title: string };
}

export type InitiativeImportOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Creates or updates the initiative of one portfolio issue, in its own transaction: one bad issue
 * must not undo a hundred good ones. Found by node id (survives renames and transfers), else by its
 * case number, else created with the case number of its title or the next one of its year.
 */
export function importGithubInitiative(
  ctx: ServiceContext,
  issue: GithubInitiative,
): Promise<InitiativeImportOutcome> {
  const parsed = UpdateInitiativeSchema.safeParse(issue.fields);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError(
      'validation-failed',
      `${first?.path.join('.') ?? 'fields'}: ${first?.message ?? 'not valid'}`,
    );
  }
  const fields = parsed.data;
  return inTransaction(ctx, async (tx) => {
    const { workflow } = await loadWorkflow(tx, ctx.orgId);
    const phase = issue.phaseName
      ? workflow.phases.find(
          (p) =>
            Object.values(p.name).some((name) => sameName(name, issue.phaseName!)) ||
            p.id === issue.phaseName,
        )?.id
      : undefined;
    const [source] = await selectInitiativeSourcesByNodeIds(tx, ctx.orgId, [issue.nodeId]);
    const existingId =
      source?.initiativeId ??
      (issue.key ? await selectInitiativeIdByKey(tx, ctx.orgId, issue.key) : undefined);
    const unchanged = source?.digest === issue.digest;
    if (unchanged && (!phase || phase === (await loadInitiative(tx, ctx.orgId, source.initiativeId)).phase)) {
      return 'unchanged';
    }
    const id = existingId
      ? await updateImported(tx, ctx, existingId, fields, phase)
      : await createImported(tx, ctx, issue, fields, phase ?? workflow.phases[0]?.id ?? 'ikke-startet');
    await upsertInitiativeSource(tx, {
      orgId: ctx.orgId,
      initiativeId: id,
      owner: issue.owner,
      repo: issue.repo,
      number: issue.number,
      nodeId: issue.nodeId,
      url: issue.url,
      body: issue.body,
      githubUpdatedAt: new Date(issue.githubUpdatedAt),
      digest: issue.digest,
    });
    return existingId ? 'updated' : 'created';
  });
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

async function createImported(
  tx: Db,
  ctx: ServiceContext,
  issue: GithubInitiative,
  fields: UpdateInitiative,
  phase: string,
): Promise<string> {
  const [, n, y] = /^Sak (\d+)-(\d{4})$/.exec(issue.key ?? '') ?? [];
  const year = y ? Number(y) : issue.createdYear;
  const keyNumber = n ? Number(n) : await takeNextKeyNumber(tx, ctx.orgId, year);
  if (n) await raiseKeyCounter(tx, ctx.orgId, year, keyNumber);
  const id = crypto.randomUUID();
  await insertInitiative(tx, {
    ...initiativeColumns(fields),
    id,
    orgId: ctx.orgId,
    key: `Sak ${keyNumber}-${year}`,
    keyYear: year,
    keyNumber,
    title: issue.fields.title,
    phase,
    status: 'active',
    createdBy: ctx.actor,
    updatedBy: ctx.actor,
  });
  await writeInitiativeLinks(tx, ctx.orgId, id, fields);
  await recomputeAbove(tx, ctx, { initiatives: [id] });
  const created = await loadInitiative(tx, ctx.orgId, id);
  await recordAuditEvent(tx, ctx, {
    entityType: 'initiative',
    entityId: id,
    initiativeId: id,
    action: 'created',
    before: null,
    after: auditSnapshot(created),
  });
  return id;
}

/** GitHub is where these fields are written: the import takes them, and the board's phase. */
async function updateImported(
  tx: Db,
  ctx: ServiceContext,
  id: string,
  fields: UpdateInitiative,
  phase: string | undefined,
): Promise<string> {
  const before = await loadInitiative(tx, ctx.orgId, id);
  const row = await updateVersioned(tx, initiatives, ctx.orgId, id, before.version, {
    ...initiativeColumns(fields),
    ...(phase ? { phase } : {}),
    updatedBy: ctx.actor,
  });
  if (!row) throw new AppError('precondition-failed', `initiative ${before.key} changed while importing`);
  await writeInitiativeLinks(tx, ctx.orgId, id, fields);
  await recomputeAbove(tx, ctx, { initiatives: [id] });
  const after = await loadInitiative(tx, ctx.orgId, id);
  await recordAuditEvent(tx, ctx, {
    entityType: 'initiative',
    entityId: id,
    initiativeId: id,
    action: 'updated',
    before: auditSnapshot(before),
    after: auditSnapshot(after),
  });
  return id;
}

export const countOutcome = (counts: SyncCounts, outcome: InitiativeImportOutcome): void => {
  counts[outcome] += 1;
};
