import { z } from 'zod';
import { AuditEventListSchema, type AuditEvent } from '../contracts/audit';
import {
  OrganisationSchema,
  PersonSchema,
  ProductGroupSchema,
  ProductSchema,
  TeamSchema,
  WorkingGroupSchema,
  type CreateOrganisation,
  type CreatePerson,
  type CreateProduct,
  type CreateProductGroup,
  type CreateTeam,
  type CreateWorkingGroup,
  type Organisation,
  type Person,
  type Product,
  type ProductGroup,
  type Team,
  type UpdatePerson,
  type UpdateProduct,
  type UpdateProductGroup,
  type UpdateOrganisation,
  type UpdateTeam,
  type UpdateWorkingGroup,
  type WorkingGroup,
} from '../contracts/organisation';
import {
  ItemListSchema,
  ItemSchema,
  SourceSchema,
  type CreateItem,
  type CreateSource,
  type Item,
  type Source,
  type UpdateItem,
  type UpdateSource,
} from '../contracts/strategy';
import { WorkflowResponseSchema, type Workflow, type WorkflowResponse } from '../contracts/workflow';
import {
  PersonInitiativeListSchema,
  TeamLoadReportSchema,
  type PersonInitiative,
  type TeamLoadReport,
} from '../contracts/organisation-views';
import { StrategyCoverageSchema, type StrategyCoverage } from '../contracts/strategy-coverage';
import { CrudResource, etagOfVersion, type Versioned } from './crud-resource';
import { AccountsResource } from './accounts-resource';
import { PortfolioResource } from './portfolio-resource';
import { HttpTransport, type FetchLike } from './http';
import { InitiativesResource } from './initiatives-resource';
import { SavedViewsResource } from './saved-views-resource';
import { GithubSyncResource } from './github-sync-resource';
import { BacklogItemsResource, RoadmapElementsResource, ThreadResource } from './thread-resources';

export interface RodtradClientOptions {
  /** Server root, e.g. "http://127.0.0.1:3000"; "" in a browser served by the same server. */
  baseUrl: string;
  /** The organisation's slug; every tenant route is scoped to it. */
  org: string;
  fetch?: FetchLike;
  timeoutMs?: number;
  /** An API token (CLI, scripts); the web app signs in with its session cookie instead. */
  token?: string;
  /** The web app's CSRF token for writes made with the session cookie. */
  csrfToken?: () => string | null;
}

const OrganisationListSchema = z.object({ items: z.array(OrganisationSchema) });

/**
 * The typed HTTP client of the Rødtråd API, for the CLI and the web app. Answers are parsed with
 * the contract schemas; failures throw ApiError (problem+json), NetworkError or UnexpectedResponseError.
 */
export class RodtradClient {
  readonly org: string;
  readonly people: CrudResource<Person, CreatePerson, UpdatePerson>;
  readonly productGroups: CrudResource<ProductGroup, CreateProductGroup, UpdateProductGroup>;
  readonly products: CrudResource<Product, CreateProduct, UpdateProduct>;
  readonly teams: CrudResource<Team, CreateTeam, UpdateTeam>;
  readonly workingGroups: CrudResource<WorkingGroup, CreateWorkingGroup, UpdateWorkingGroup>;
  readonly strategySources: CrudResource<Source, CreateSource, UpdateSource>;
  readonly strategyItems: CrudResource<Item, CreateItem, UpdateItem>;
  readonly initiatives: InitiativesResource;
  readonly roadmapElements: RoadmapElementsResource;
  readonly backlogItems: BacklogItemsResource;
  readonly thread: ThreadResource;
  readonly accounts: AccountsResource;
  readonly portfolio: PortfolioResource;
  readonly savedViews: SavedViewsResource;
  readonly github: GithubSyncResource;
  private readonly http: HttpTransport;

  constructor(private readonly options: RodtradClientOptions) {
    this.http = new HttpTransport(options);
    this.org = options.org;
    const orgPath = this.orgPath();
    this.people = new CrudResource(this.http, `${orgPath}/people`, PersonSchema);
    this.productGroups = new CrudResource(this.http, `${orgPath}/product-groups`, ProductGroupSchema);
    this.products = new CrudResource(this.http, `${orgPath}/products`, ProductSchema);
    this.teams = new CrudResource(this.http, `${orgPath}/teams`, TeamSchema);
    this.workingGroups = new CrudResource(this.http, `${orgPath}/working-groups`, WorkingGroupSchema);
    this.strategySources = new CrudResource(this.http, `${orgPath}/strategy/sources`, SourceSchema);
    this.strategyItems = new CrudResource(this.http, `${orgPath}/strategy/items`, ItemSchema);
    this.initiatives = new InitiativesResource(this.http, `${orgPath}/initiatives`);
    this.roadmapElements = new RoadmapElementsResource(this.http, `${orgPath}/roadmap/elements`);
    this.backlogItems = new BacklogItemsResource(this.http, `${orgPath}/backlog/items`);
    this.thread = new ThreadResource(this.http, orgPath);
    this.accounts = new AccountsResource(this.http, orgPath);
    this.portfolio = new PortfolioResource(this.http, orgPath);
    this.savedViews = new SavedViewsResource(this.http, `${orgPath}/saved-views`);
    this.github = new GithubSyncResource(this.http, `${orgPath}/github`);
  }

  get baseUrl(): string {
    return this.http.baseUrl;
  }

  /** The same server, another organisation. */
  withOrg(org: string): RodtradClient {
    return new RodtradClient({ ...this.options, org });
  }

  private orgPath(org = this.org): string {
    return `/api/v1/orgs/${encodeURIComponent(org)}`;
  }

  async listOrganisations(): Promise<Organisation[]> {
    return (await this.http.sendParsed({ method: 'GET', path: '/api/v1/orgs' }, OrganisationListSchema)).data
      .items;
  }

  async createOrganisation(body: CreateOrganisation): Promise<Organisation> {
    return (await this.http.sendParsed({ method: 'POST', path: '/api/v1/orgs', body }, OrganisationSchema))
      .data;
  }

  /** Renames the organisation or changes its settings (elementDelivery: 'set' | 'propose'). */
  async updateOrganisation(body: UpdateOrganisation): Promise<Organisation> {
    return (await this.http.sendParsed({ method: 'PATCH', path: this.orgPath(), body }, OrganisationSchema))
      .data;
  }

  /** The organisation this client is scoped to, or another by slug. */
  async getOrganisation(slug = this.org): Promise<Organisation> {
    return (await this.http.sendParsed({ method: 'GET', path: this.orgPath(slug) }, OrganisationSchema)).data;
  }

  /** Every item of one strategic source, in the order they were added (build the tree from parentId). */
  async sourceItems(sourceId: string): Promise<Item[]> {
    const path = `${this.orgPath()}/strategy/sources/${encodeURIComponent(sourceId)}/items`;
    return (await this.http.sendParsed({ method: 'GET', path }, ItemListSchema)).data.items;
  }

  /** The organisation's phases and gate criteria. */
  async workflow(): Promise<WorkflowResponse> {
    return (
      await this.http.sendParsed(
        { method: 'GET', path: `${this.orgPath()}/workflow` },
        WorkflowResponseSchema,
      )
    ).data;
  }

  /** Replaces the phases and gate criteria; `ifMatch` is etagOfVersion(the version workflow() answered). */
  async replaceWorkflow(workflow: Workflow, ifMatch: string): Promise<Versioned<WorkflowResponse>> {
    const answer = await this.http.sendParsed(
      { method: 'PUT', path: `${this.orgPath()}/workflow`, body: workflow, ifMatch },
      WorkflowResponseSchema,
    );
    return { data: answer.data, etag: answer.etag ?? etagOfVersion(answer.data.version) };
  }

  /** Every strategic source and item with the initiatives serving it, and how many goals have none. */
  async strategyCoverage(): Promise<StrategyCoverage> {
    const path = `${this.orgPath()}/strategy/coverage`;
    return (await this.http.sendParsed({ method: 'GET', path }, StrategyCoverageSchema)).data;
  }

  /** A team's allocated initiatives and its load against capacity in each quarter of this year and the next. */
  async teamLoad(teamId: string): Promise<TeamLoadReport> {
    const path = `${this.orgPath()}/teams/${encodeURIComponent(teamId)}/load`;
    return (await this.http.sendParsed({ method: 'GET', path }, TeamLoadReportSchema)).data;
  }

  /** The initiatives a person owns, submitted or is responsible for. */
  async personInitiatives(personId: string): Promise<PersonInitiative[]> {
    const path = `${this.orgPath()}/people/${encodeURIComponent(personId)}/initiatives`;
    return (await this.http.sendParsed({ method: 'GET', path }, PersonInitiativeListSchema)).data.items;
  }

  /** The audit history of any entity of the organisation, oldest first as the server orders it. */
  async history(entityId: string): Promise<AuditEvent[]> {
    const path = `${this.orgPath()}/history/${encodeURIComponent(entityId)}`;
    return (await this.http.sendParsed({ method: 'GET', path }, AuditEventListSchema)).data.items;
  }
}
