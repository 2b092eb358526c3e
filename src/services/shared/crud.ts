import type { SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { EntityType } from '../../contracts/audit';
import type { Page } from '../../contracts/common';
import type { Db } from '../../store/database';
import { selectPage } from '../../store/repositories/list-page';
import {
  deleteRow,
  selectOne,
  updateVersioned,
  type VersionedTable,
} from '../../store/repositories/versioned';
import { recordAuditEvent } from '../audit/record-audit-event';
import { AppError, notFound } from './app-error';
import { inTransaction, type ServiceContext } from './context';
import { decodeCursor, encodeCursor } from './cursor';
import { lockCurrent } from './versioned';

/**
 * What an organisation or strategy entity needs to get list/get/create/update/delete with tenancy,
 * optimistic concurrency, transactions and history. Entities with links (a team's products) write
 * them in `writeLinks` and read them in `load`.
 */
export interface CrudSpec<
  T extends VersionedTable,
  Out extends { id: string },
  Create,
  Update,
  Filters = object,
> {
  entityType: EntityType;
  /** Named in messages: "team", "strategic item". */
  label: string;
  table: T;
  /** The text column lists are sorted by. */
  orderBy: PgColumn;
  createRow(input: Create): Omit<T['$inferInsert'], 'id' | 'orgId'>;
  updateRow(input: Update): Partial<T['$inferInsert']>;
  /**
   * Rules that need the database (a parent's kind, the stored half of a period), checked in the
   * write's transaction before anything is written; `existing` is the locked row on update. Throws AppError.
   */
  validate?(tx: Db, orgId: string, input: Create | Update, existing?: T['$inferSelect']): Promise<void>;
  writeLinks?(tx: Db, orgId: string, id: string, input: Create | Update): Promise<void>;
  /**
   * Decides an 'own' grant (services/shared/access.ts) for entities a role may write only when they are
   * its own: `before` is null on create, `input` null on delete. Without it the route's policy decides.
   */
  authorise?(tx: Db, ctx: ServiceContext, before: Out | null, input: Create | Update | null): Promise<void>;
  /** Narrows lists by the filters of the list's query string. */
  listFilter?(orgId: string, filters: Partial<Filters>): SQL | undefined;
  /** Maps rows to the wire shape, reading any links in one go. */
  load(db: Db, orgId: string, rows: T['$inferSelect'][]): Promise<Out[]>;
  /** What history keeps of the entity; computed fields that change without an edit are left out. */
  auditSnapshot?(entity: Out): object;
  /**
   * Runs in the write's transaction once the row and its links are written and before the answer is
   * read (roll-ups computed from this entity). `before` is null on create.
   */
  afterSave?(tx: Db, ctx: ServiceContext, id: string, before: Out | null): Promise<void>;
  /**
   * Runs in the delete's transaction before the row goes; answers the work to do after it has gone
   * (what depended on it is found before the cascade removes the links).
   */
  prepareRemove?(tx: Db, ctx: ServiceContext, before: Out): Promise<() => Promise<void>>;
}

export interface CrudUseCases<Out, Create, Update, Filters = object> {
  list(
    ctx: ServiceContext,
    query: { limit: number; cursor?: string | undefined } & Partial<Filters>,
  ): Promise<Page<Out>>;
  get(ctx: ServiceContext, id: string): Promise<Out>;
  create(ctx: ServiceContext, input: Create): Promise<Out>;
  update(ctx: ServiceContext, id: string, expectedVersion: number, input: Update): Promise<Out>;
  remove(ctx: ServiceContext, id: string, expectedVersion: number): Promise<void>;
}

export function crudUseCases<
  T extends VersionedTable,
  Out extends { id: string },
  Create,
  Update,
  Filters = object,
>(spec: CrudSpec<T, Out, Create, Update, Filters>): CrudUseCases<Out, Create, Update, Filters> {
  const snapshot = (entity: Out): object => spec.auditSnapshot?.(entity) ?? entity;
  const loadOne = async (db: Db, orgId: string, id: string): Promise<Out> => {
    const row = await selectOne(db, spec.table, orgId, id);
    if (!row) throw notFound(spec.label, id);
    const [out] = await spec.load(db, orgId, [row]);
    if (!out) throw notFound(spec.label, id);
    return out;
  };

  return {
    async list(ctx, { limit, cursor, ...filters }) {
      const after = cursor ? decodeCursor(cursor, 2) : null;
      const rows = await selectPage(
        ctx.database.db,
        spec.table,
        ctx.orgId,
        spec.orderBy,
        limit + 1,
        after ? { value: String(after[0]), id: String(after[1]) } : null,
        spec.listFilter?.(ctx.orgId, filters as Partial<Filters>),
      );
      const pageRows = rows.slice(0, limit);
      const items = await spec.load(ctx.database.db, ctx.orgId, pageRows);
      const last = pageRows.at(-1);
      const orderKey = Object.entries(spec.table).find(([, col]) => col === spec.orderBy)?.[0];
      const nextCursor =
        rows.length > limit && last && orderKey
          ? encodeCursor([String(last[orderKey]), String(last.id)])
          : null;
      return { items, nextCursor };
    },

    get: (ctx, id) => loadOne(ctx.database.db, ctx.orgId, id),

    create: (ctx, input) =>
      inTransaction(ctx, async (tx) => {
        const id = crypto.randomUUID();
        await spec.authorise?.(tx, ctx, null, input);
        await spec.validate?.(tx, ctx.orgId, input);
        await tx.insert(spec.table).values({ ...spec.createRow(input), id, orgId: ctx.orgId } as never);
        await spec.writeLinks?.(tx, ctx.orgId, id, input);
        await spec.afterSave?.(tx, ctx, id, null);
        const created = await loadOne(tx, ctx.orgId, id);
        await recordAuditEvent(tx, ctx, {
          entityType: spec.entityType,
          entityId: id,
          action: 'created',
          before: null,
          after: snapshot(created),
        });
        return created;
      }),

    update: (ctx, id, expectedVersion, input) =>
      inTransaction(ctx, async (tx) => {
        const existing = await lockCurrent(tx, spec.table, ctx.orgId, id, expectedVersion, spec.label);
        const before = await loadOne(tx, ctx.orgId, id);
        await spec.authorise?.(tx, ctx, before, input);
        await spec.validate?.(tx, ctx.orgId, input, existing);
        const row = await updateVersioned(
          tx,
          spec.table,
          ctx.orgId,
          id,
          expectedVersion,
          spec.updateRow(input),
        );
        if (!row)
          throw new AppError(
            'precondition-failed',
            `${spec.label} ${id} changed while saving; read it again`,
          );
        await spec.writeLinks?.(tx, ctx.orgId, id, input);
        await spec.afterSave?.(tx, ctx, id, before);
        const after = await loadOne(tx, ctx.orgId, id);
        await recordAuditEvent(tx, ctx, {
          entityType: spec.entityType,
          entityId: id,
          action: 'updated',
          before: snapshot(before),
          after: snapshot(after),
        });
        return after;
      }),

    remove: (ctx, id, expectedVersion) =>
      inTransaction(ctx, async (tx) => {
        await lockCurrent(tx, spec.table, ctx.orgId, id, expectedVersion, spec.label);
        const before = await loadOne(tx, ctx.orgId, id);
        await spec.authorise?.(tx, ctx, before, null);
        const afterRemove = await spec.prepareRemove?.(tx, ctx, before);
        await deleteRow(tx, spec.table, ctx.orgId, id);
        await afterRemove?.();
        await recordAuditEvent(tx, ctx, {
          entityType: spec.entityType,
          entityId: id,
          action: 'deleted',
          before: snapshot(before),
          after: null,
        });
      }),
  };
}

/** Drops keys whose value is undefined, so a partial update leaves other columns alone. */
export function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
