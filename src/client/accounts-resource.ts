import { z } from 'zod';
import {
  AccountEventListSchema,
  ApiTokenSchema,
  CreatedApiTokenSchema,
  MeSchema,
  MembershipSchema,
  OrgAccessSchema,
  SignInOptionsSchema,
  UserSchema,
  type AccountEvent,
  type ApiToken,
  type CreateApiToken,
  type CreatedApiToken,
  type Me,
  type Membership,
  type OrgAccess,
  type SetMembership,
  type SignInOptions,
  type UpdateUser,
  type User,
} from '../contracts/accounts';
import { PublicRoadmapSchema, type PublicRoadmap } from '../contracts/public-roadmap';
import type { HttpTransport } from './http';

const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** Signing out, the signed-in user and their tokens, users, members and the public roadmap. */
export class AccountsResource {
  constructor(
    private readonly http: HttpTransport,
    /** /api/v1/orgs/<org> of the client's organisation. */
    private readonly orgPath: string,
  ) {}

  async signInOptions(): Promise<SignInOptions> {
    return (await this.http.sendParsed({ method: 'GET', path: '/api/v1/auth/options' }, SignInOptionsSchema))
      .data;
  }

  async me(): Promise<Me> {
    return (await this.http.sendParsed({ method: 'GET', path: '/api/v1/me' }, MeSchema)).data;
  }

  async signOut(): Promise<void> {
    await this.http.send({ method: 'POST', path: '/api/v1/auth/sign-out' });
  }

  /** Ends every session of the signed-in user, in every browser. */
  async signOutEverywhere(): Promise<number> {
    const answer = await this.http.sendParsed(
      { method: 'POST', path: '/api/v1/auth/sign-out-everywhere' },
      z.object({ endedSessions: z.number() }),
    );
    return answer.data.endedSessions;
  }

  async tokens(): Promise<ApiToken[]> {
    return (await this.http.sendParsed({ method: 'GET', path: '/api/v1/me/tokens' }, items(ApiTokenSchema)))
      .data.items;
  }

  /** The answer is the only time the token itself is seen. */
  async createToken(body: CreateApiToken): Promise<CreatedApiToken> {
    return (
      await this.http.sendParsed({ method: 'POST', path: '/api/v1/me/tokens', body }, CreatedApiTokenSchema)
    ).data;
  }

  async revokeToken(id: string): Promise<ApiToken> {
    const path = `/api/v1/me/tokens/${encodeURIComponent(id)}`;
    return (await this.http.sendParsed({ method: 'DELETE', path }, ApiTokenSchema)).data;
  }

  async users(): Promise<User[]> {
    return (await this.http.sendParsed({ method: 'GET', path: '/api/v1/users' }, items(UserSchema))).data
      .items;
  }

  async updateUser(id: string, body: UpdateUser): Promise<User> {
    const path = `/api/v1/users/${encodeURIComponent(id)}`;
    return (await this.http.sendParsed({ method: 'PATCH', path, body }, UserSchema)).data;
  }

  async accountEvents(query: { userId?: string; limit?: number } = {}): Promise<AccountEvent[]> {
    return (
      await this.http.sendParsed(
        { method: 'GET', path: '/api/v1/account-events', query },
        AccountEventListSchema,
      )
    ).data.items;
  }

  /** What the signed-in user may do in the client's organisation. */
  async access(): Promise<OrgAccess> {
    return (await this.http.sendParsed({ method: 'GET', path: `${this.orgPath}/access` }, OrgAccessSchema))
      .data;
  }

  async members(): Promise<Membership[]> {
    return (
      await this.http.sendParsed({ method: 'GET', path: `${this.orgPath}/members` }, items(MembershipSchema))
    ).data.items;
  }

  async setMember(userId: string, body: SetMembership): Promise<Membership> {
    const path = `${this.orgPath}/members/${encodeURIComponent(userId)}`;
    return (await this.http.sendParsed({ method: 'PUT', path, body }, MembershipSchema)).data;
  }

  async removeMember(userId: string): Promise<void> {
    await this.http.send({ method: 'DELETE', path: `${this.orgPath}/members/${encodeURIComponent(userId)}` });
  }

  /** The organisation's public roadmap; answers not-found unless the organisation publishes one. */
  async publicRoadmap(org: string): Promise<PublicRoadmap> {
    const path = `/api/v1/public/${encodeURIComponent(org)}/roadmap`;
    return (await this.http.sendParsed({ method: 'GET', path }, PublicRoadmapSchema)).data;
  }
}
