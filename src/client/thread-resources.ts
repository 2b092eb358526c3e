import {
  BacklogItemPageSchema,
  BacklogItemSchema,
  type BacklogItem,
  type CreateBacklogItem,
  type ListBacklogItemsQuery,
  type UpdateBacklogItem,
} from '../contracts/backlog';
import { CheckReportSchema, type CheckReport } from '../contracts/checks';
import type { Page } from '../contracts/common';
import {
  RoadmapElementSchema,
  type CreateRoadmapElement,
  type RoadmapElement,
  type UpdateRoadmapElement,
} from '../contracts/roadmap';
import {
  PortfolioRollupSchema,
  RecomputeResultSchema,
  StatusUpdateListSchema,
  StatusUpdateSchema,
  TraceSchema,
  type CreateStatusUpdate,
  type PortfolioRollupRow,
  type RecomputeResult,
  type StatusUpdate,
  type Trace,
} from '../contracts/thread';
import { CrudResource, versioned, type Versioned } from './crud-resource';
import type { HttpTransport } from './http';

/** Roadmap elements, with the epics they point to and their written status updates. */
export class RoadmapElementsResource extends CrudResource<
  RoadmapElement,
  CreateRoadmapElement,
  UpdateRoadmapElement
> {
  constructor(
    private readonly transport: HttpTransport,
    basePath: string,
  ) {
    super(transport, basePath, RoadmapElementSchema);
  }

  private path(id: string, suffix: string): string {
    return `${this.basePath}/${encodeURIComponent(id)}${suffix}`;
  }

  /** Links an epic; an epic already linked answers ApiError `duplicate`. Answers the element. */
  async linkEpic(id: string, epicId: string): Promise<Versioned<RoadmapElement>> {
    return versioned(
      await this.transport.sendParsed(
        { method: 'POST', path: this.path(id, '/epics'), body: { epicId } },
        RoadmapElementSchema,
      ),
    );
  }

  async unlinkEpic(id: string, epicId: string): Promise<void> {
    await this.transport.send({
      method: 'DELETE',
      path: this.path(id, `/epics/${encodeURIComponent(epicId)}`),
    });
  }

  async statusUpdates(id: string): Promise<StatusUpdate[]> {
    const { data } = await this.transport.sendParsed(
      { method: 'GET', path: this.path(id, '/status-updates') },
      StatusUpdateListSchema,
    );
    return data.items;
  }

  /** An override of health or progress without text answers ApiError `status-update-required`. */
  async postStatusUpdate(id: string, body: Partial<CreateStatusUpdate>): Promise<StatusUpdate> {
    const { data } = await this.transport.sendParsed(
      { method: 'POST', path: this.path(id, '/status-updates'), body },
      StatusUpdateSchema,
    );
    return data;
  }
}

/** Epics and issues, native or mirrored from GitHub. */
export class BacklogItemsResource extends CrudResource<BacklogItem, CreateBacklogItem, UpdateBacklogItem> {
  constructor(
    private readonly transport: HttpTransport,
    basePath: string,
  ) {
    super(transport, basePath, BacklogItemSchema);
  }

  /** One page, filtered by kind, parent epic or roadmap element. */
  async search(
    query: Partial<Omit<ListBacklogItemsQuery, 'cursor'>> & { cursor?: string | null } = {},
  ): Promise<Page<BacklogItem>> {
    const { data } = await this.transport.sendParsed(
      { method: 'GET', path: this.basePath, query: { ...query } },
      BacklogItemPageSchema,
    );
    return data;
  }
}

/** The computed thread: trace, portfolio roll-up, recompute and portfolio checks. */
export class ThreadResource {
  constructor(
    private readonly http: HttpTransport,
    /** e.g. "/api/v1/orgs/demo" */
    private readonly orgPath: string,
  ) {}

  /** The thread through "Sak 14-2026", "owner/repo#12" or any node's id. */
  async trace(ref: string): Promise<Trace> {
    const { data } = await this.http.sendParsed(
      { method: 'GET', path: `${this.orgPath}/trace`, query: { ref } },
      TraceSchema,
    );
    return data;
  }

  /** Every initiative with its stored progress and health. */
  async portfolioRollup(): Promise<PortfolioRollupRow[]> {
    const { data } = await this.http.sendParsed(
      { method: 'GET', path: `${this.orgPath}/rollup` },
      PortfolioRollupSchema,
    );
    return data.items;
  }

  /** Recomputes every epic, roadmap element and initiative from the issues up. */
  async recompute(): Promise<RecomputeResult> {
    const { data } = await this.http.sendParsed(
      { method: 'POST', path: `${this.orgPath}/rollup/recompute` },
      RecomputeResultSchema,
    );
    return data;
  }

  async checks(): Promise<CheckReport> {
    const { data } = await this.http.sendParsed(
      { method: 'GET', path: `${this.orgPath}/checks` },
      CheckReportSchema,
    );
    return data;
  }
}
