import type { CreateInitiative, Initiative, UpdateInitiative } from '../../contracts/initiatives';
import {
  insertInitiative,
  raiseKeyCounter,
  takeNextKeyNumber,
} from '../../store/repositories/initiatives-repository';
import type { Db } from '../../store/database';
import { ensureOwnPerson } from '../accounts/own-person';
import { recordAuditEvent } from '../audit/record-audit-event';
import { grantIn } from '../shared/access';
import { inTransaction, type ServiceContext } from '../shared/context';
import { recomputeAbove } from '../rollup/recompute-thread';
import { loadWorkflow } from '../workflow/get-workflow';
import { checkInitiativeInput, initiativeColumns, writeInitiativeLinks } from './initiative-fields';
import { loadInitiative } from './resolve-initiative';
import { auditSnapshot } from './to-initiative';
import { withholdInitiative } from './withhold-internal';

const currentYear = () => new Date().getFullYear();

/** Proposes an initiative: it gets the next case number of the year and starts in the first phase. */
export function createInitiative(ctx: ServiceContext, input: CreateInitiative): Promise<Initiative> {
  return inTransaction(ctx, async (tx) => {
    const { workflow } = await loadWorkflow(tx, ctx.orgId);
    const { key: importedKey, ...proposed } = input;
    const fields = await asSubmitter(tx, ctx, proposed);
    checkInitiativeInput(workflow, fields);
    const created = await insertNewInitiative(tx, ctx, {
      fields,
      key: importedKey ?? null,
      year: currentYear(),
      phase: workflow.phases[0]?.id ?? 'ikke-startet',
    });
    return withholdInitiative(ctx, created);
  });
}

/**
 * Someone who may edit only their own drafts proposes as themselves: they become the submitter, so
 * the draft is theirs to edit afterwards. The portfolio office may register anyone's proposal.
 */
async function asSubmitter<T extends { submitterId?: string | null }>(
  tx: Db,
  ctx: ServiceContext,
  fields: T,
): Promise<T> {
  if (grantIn(ctx, 'initiative.edit') === 'yes') return fields;
  const personId = await ensureOwnPerson(tx, ctx);
  return personId ? { ...fields, submitterId: personId } : fields;
}

/**
 * Stores a new initiative with its links, rolled up and in its history: under `key` when it has one
 * (an imported case; the counter is lifted past it), else the next number of `year`.
 */
export async function insertNewInitiative(
  tx: Db,
  ctx: ServiceContext,
  input: { fields: UpdateInitiative & { title: string }; key: string | null; year: number; phase: string },
): Promise<Initiative> {
  const { fields, key } = input;
  const { year, number } = key ? parseKey(key) : { year: input.year, number: 0 };
  const keyNumber = key ? number : await takeNextKeyNumber(tx, ctx.orgId, year);
  if (key) await raiseKeyCounter(tx, ctx.orgId, year, number);
  const id = crypto.randomUUID();
  await insertInitiative(tx, {
    ...initiativeColumns(fields),
    id,
    orgId: ctx.orgId,
    key: `Sak ${keyNumber}-${year}`,
    keyYear: year,
    keyNumber,
    title: fields.title,
    phase: input.phase,
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
  return created;
}

function parseKey(key: string): { year: number; number: number } {
  const [, n, y] = /^Sak (\d+)-(\d{4})$/.exec(key) ?? [];
  return { number: Number(n), year: Number(y) };
}
