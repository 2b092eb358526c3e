export { collect } from './collect';
export type { ClientStats, RetryRecord } from './client-stats';
export type { RetryReason } from './classify-answer';
export { defaultGraphqlUrl } from './default-graphql-url';
export type { GithubAuth } from './github-auth';
export {
  GithubClient,
  type GetResult,
  type GithubClientOptions,
  type PageResult,
  type Query,
  type WriteMethod,
  type WriteResult,
} from './github-client';
export { GithubError, type GithubErrorCode, type GraphqlErrorEntry } from './github-error';
export type { RequestEvent } from './github-transport';
export {
  buildNodesQuery,
  ISSUE_NODE_FIELDS,
  ISSUE_NODES_QUERY,
  RATE_LIMIT_QUERY,
  type IssueNode,
} from './graphql-documents';
export type { Links } from './parse-link-header';
export type { RateState } from './read-rate-headers';
export type { GraphqlData } from './read-graphql-data';
