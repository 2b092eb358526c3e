import { z } from 'zod';
import { AuditEventListSchema, type AuditEvent } from '../contracts/audit';
import {
  DecisionSchema,
  InitiativeDetailSchema,
  InitiativePageSchema,
  InitiativeSchema,
  TransitionResultSchema,
  type CreateInitiative,
  type Decision,
  type Initiative,
  type InitiativeDetail,
  type InitiativeSummary,
  type ListInitiativesQuerySchema,
  type TransitionRequest,
  type TransitionResult,
  type UpdateInitiative,
} from '../contracts/initiatives';
import type { Page } from '../contracts/common';
import {
  StatusUpdateListSchema,
  StatusUpdateSchema,
  type CreateStatusUpdate,
  type StatusUpdate,
} from '../contracts/thread';
import { collectAllPages, versioned, type Versioned } from './crud-resource';
import type { HttpTransport } from './http';

const DecisionListSchema = z.object({ items: z.array(DecisionSchema) });

/** Filters, sort and paging of the initiative list; every field optional. */
export type InitiativeListQuery = Partial<
  Omit<z.output<typeof ListInitiativesQuerySchema>, 'cursor' | 'limit'>
> & { limit?: number; cursor?: string | null };

/** Initiatives by uuid or by key ("Sak 14-2026"), their phase moves and history. */
export class InitiativesResource {
  constructor(
    private readonly http: HttpTransport,
    /** e.g. "/api/v1/orgs/demo/initiatives" */
    readonly basePath: string,
  ) {}

  private refPath(ref: string, suffix = ''): string {
    return `${this.basePath}/${encodeURIComponent(ref)}${suffix}`;
  }

  async list(query: InitiativeListQuery = {}): Promise<Page<InitiativeSummary>> {
    const { data } = await this.http.sendParsed(
      { method: 'GET', path: this.basePath, query: { ...query } },
      InitiativePageSchema,
    );
    return data;
  }

  /** Every matching initiative, page by page (the query's cursor is ignored). */
  listAll(query: Omit<InitiativeListQuery, 'cursor'> = {}): Promise<InitiativeSummary[]> {
    return collectAllPages((cursor) => this.list({ limit: 200, ...query, cursor }));
  }

  async get(ref: string): Promise<Versioned<InitiativeDetail>> {
    return versioned(
      await this.http.sendParsed({ method: 'GET', path: this.refPath(ref) }, InitiativeDetailSchema),
    );
  }

  async create(body: CreateInitiative): Promise<Versioned<Initiative>> {
    return versioned(
      await this.http.sendParsed({ method: 'POST', path: this.basePath, body }, InitiativeSchema),
    );
  }

  async update(ref: string, body: UpdateInitiative, ifMatch: string): Promise<Versioned<Initiative>> {
    return versioned(
      await this.http.sendParsed(
        { method: 'PATCH', path: this.refPath(ref), body, ifMatch },
        InitiativeSchema,
      ),
    );
  }

  /** A phase move or status change; a failed gate throws ApiError with code gate-criteria-unmet. */
  async transition(ref: string, body: TransitionRequest, ifMatch: string): Promise<TransitionResult> {
    const { data } = await this.http.sendParsed(
      { method: 'POST', path: this.refPath(ref, '/transitions'), body, ifMatch },
      TransitionResultSchema,
    );
    return data;
  }

  /** The initiative's decision records (also part of get's answer). */
  async decisions(ref: string): Promise<Decision[]> {
    const { data } = await this.http.sendParsed(
      { method: 'GET', path: this.refPath(ref, '/decisions') },
      DecisionListSchema,
    );
    return data.items;
  }

  async statusUpdates(ref: string): Promise<StatusUpdate[]> {
    const { data } = await this.http.sendParsed(
      { method: 'GET', path: this.refPath(ref, '/status-updates') },
      StatusUpdateListSchema,
    );
    return data.items;
  }

  /** An override of health or progress without text answers ApiError `status-update-required`. */
  async postStatusUpdate(ref: string, body: Partial<CreateStatusUpdate>): Promise<StatusUpdate> {
    const { data } = await this.http.sendParsed(
      { method: 'POST', path: this.refPath(ref, '/status-updates'), body },
      StatusUpdateSchema,
    );
    return data;
  }

  async history(ref: string): Promise<AuditEvent[]> {
    const { data } = await this.http.sendParsed(
      { method: 'GET', path: this.refPath(ref, '/history') },
      AuditEventListSchema,
    );
    return data.items;
  }
}
