import {
  SavedViewListSchema,
  SavedViewSchema,
  type CreateSavedView,
  type SavedView,
} from '../contracts/saved-views';
import type { HttpTransport } from './http';

/** Saved views of the portfolio page: the user's own and those shared with the organisation. */
export class SavedViewsResource {
  constructor(
    private readonly http: HttpTransport,
    private readonly basePath: string,
  ) {}

  async list(): Promise<SavedView[]> {
    return (await this.http.sendParsed({ method: 'GET', path: this.basePath }, SavedViewListSchema)).data
      .items;
  }

  /** A name already used by the same user answers ApiError `duplicate`. */
  async create(body: CreateSavedView): Promise<SavedView> {
    return (await this.http.sendParsed({ method: 'POST', path: this.basePath, body }, SavedViewSchema)).data;
  }

  async delete(id: string): Promise<void> {
    await this.http.send({ method: 'DELETE', path: `${this.basePath}/${encodeURIComponent(id)}` });
  }
}
