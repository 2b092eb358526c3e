import { AgendaSchema, type Agenda, type AgendaQuery } from '../contracts/agenda';
import { SearchResultSchema, type SearchResult } from '../contracts/search';
import type { HttpTransport } from './http';

/** Reads across the whole portfolio: the office's weekly agenda and the search from every page. */
export class PortfolioResource {
  constructor(
    private readonly http: HttpTransport,
    /** e.g. "/api/v1/orgs/demo" */
    private readonly orgPath: string,
  ) {}

  /** What the office looks at this week; `since` ('YYYY-MM-DD') defaults to seven days ago. */
  async agenda(query: AgendaQuery = {}): Promise<Agenda> {
    const { data } = await this.http.sendParsed(
      { method: 'GET', path: `${this.orgPath}/agenda`, query: { since: query.since } },
      AgendaSchema,
    );
    return data;
  }

  /** Initiatives, roadmap elements, epics and people holding every word of `q`, at most `limit` of each. */
  async search(q: string, limit?: number): Promise<SearchResult> {
    const { data } = await this.http.sendParsed(
      { method: 'GET', path: `${this.orgPath}/search`, query: { q, limit } },
      SearchResultSchema,
    );
    return data;
  }
}
