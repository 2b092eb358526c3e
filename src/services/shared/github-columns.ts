/** GitHub treats owner and repository names case-insensitively; stored in lower case so links match. */
export function githubColumnsOf(
  ref:
    | { owner: string; repo: string; number: number; nodeId?: string | null; url?: string | null }
    | null
    | undefined,
) {
  if (ref === undefined) return {};
  return {
    githubOwner: ref ? ref.owner.toLowerCase() : null,
    githubRepo: ref ? ref.repo.toLowerCase() : null,
    githubNumber: ref ? ref.number : null,
    githubNodeId: ref?.nodeId ?? null,
    url: ref?.url ?? null,
  };
}

/** The wire shape of the GitHub columns. */
export function githubRefOf(row: {
  githubOwner: string | null;
  githubRepo: string | null;
  githubNumber: number | null;
  githubNodeId: string | null;
  url: string | null;
}) {
  if (row.githubOwner === null || row.githubRepo === null || row.githubNumber === null) return null;
  return {
    owner: row.githubOwner,
    repo: row.githubRepo,
    number: row.githubNumber,
    nodeId: row.githubNodeId,
    url: row.url,
  };
}
