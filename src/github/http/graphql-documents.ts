/**
 * Every GraphQL document the GitHub code sends, as named constants, so one test can validate them all
 * against GitHub's public schema. Connection fields always say `first`: GitHub refuses them without.
 */

/** The issue fields the sync reads for each node. */
export const ISSUE_NODE_FIELDS = `
fragment IssueNodeFields on Issue {
  id
  databaseId
  number
  title
  body
  state
  stateReason
  url
  createdAt
  updatedAt
  closedAt
  labels(first: 100) { nodes { name } }
  assignees(first: 50) { nodes { login } }
  issueType { name }
  parent { id number repository { name owner { login } } }
  repository { name owner { login } }
}
`;

/** What `ISSUE_NODE_FIELDS` gives for one issue. */
export interface IssueNode {
  id: string;
  databaseId: number | null;
  number: number;
  title: string;
  body: string;
  state: 'OPEN' | 'CLOSED';
  stateReason: 'COMPLETED' | 'NOT_PLANNED' | 'DUPLICATE' | 'REOPENED' | null;
  url: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  labels: { nodes: ({ name: string } | null)[] | null } | null;
  assignees: { nodes: ({ login: string } | null)[] | null } | null;
  issueType: { name: string } | null;
  parent: { id: string; number: number; repository: { name: string; owner: { login: string } } } | null;
  repository: { name: string; owner: { login: string } };
}

/**
 * The `nodes(ids:)` query around a fragment (`fragment Name on Type { … }`), asking the rate budget
 * too. A deleted node comes back as null with a NOT_FOUND error beside the data.
 */
export function buildNodesQuery(fragment: string): string {
  const name = /\bfragment\s+([_A-Za-z][_0-9A-Za-z]*)\s+on\s+[_A-Za-z]/.exec(fragment)?.[1];
  if (!name) throw new Error('buildNodesQuery needs a fragment "fragment Name on Type { … }"');
  return `query Nodes($ids: [ID!]!) {
  nodes(ids: $ids) { ...${name} }
  rateLimit { limit remaining resetAt cost }
}
${fragment.trim()}
`;
}

/** Issues by node id, for the sync. */
export const ISSUE_NODES_QUERY = buildNodesQuery(ISSUE_NODE_FIELDS);

/** The GraphQL budget alone (costs nothing). */
export const RATE_LIMIT_QUERY = `query RateLimit {
  rateLimit { limit remaining used resetAt cost }
}
`;
