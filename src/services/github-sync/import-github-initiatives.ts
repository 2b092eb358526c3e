import { UpdateInitiativeSchema, type UpdateInitiative } from '../../contracts/initiatives';
import type { Db } from '../../store/database';
import {
  selectInitiativeSourcesByNodeIds,
  upsertInitiativeSource,
} from '../../store/repositories/github-sync/github-initiative-sources-repository';
import { selectInitiativeIdByKey } from '../../store/repositories/initiatives-repository';
import { insertNewInitiative } from '../initiatives/create-initiative';
import { loadInitiative, lockInitiative } from '../initiatives/resolve-initiative';
import { writeInitiativeUpdate } from '../initiatives/update-initiative';
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

/** A portfolio issue not seen before: under its case number when the title has one. */
async function createImported(
  tx: Db,
  ctx: ServiceContext,
  issue: GithubInitiative,
  fields: UpdateInitiative,
  phase: string,
): Promise<string> {
  const created = await insertNewInitiative(tx, ctx, {
    fields: { ...fields, title: issue.fields.title },
    key: issue.key,
    year: issue.createdYear,
    phase,
  });
  return created.id;
}

/** GitHub is where these fields are written: the import takes them, and the board's phase. */
async function updateImported(
  tx: Db,
  ctx: ServiceContext,
  id: string,
  fields: UpdateInitiative,
  phase: string | undefined,
): Promise<string> {
  const current = await loadInitiative(tx, ctx.orgId, id);
  const before = await lockInitiative(tx, ctx.orgId, id, current.version);
  await writeInitiativeUpdate(tx, ctx, before, before.version, fields, phase ? { phase } : {});
  return id;
}
