import { DEFAULT_EPIC_LABELS, type GithubSettings } from '../../contracts/github-sync';
import type { BacklogRef } from '../../contracts/organisation';

export type SourceRole = 'portfolio' | 'roadmap' | 'backlog';

/** A repository whose issues the sync lists. */
export interface RepoSource {
  owner: string;
  repo: string;
  role: SourceRole;
  teamId: string | null;
  epicLabels: string[];
}

/** An organisation-level Projects board whose items (and their field values) the sync lists. */
export interface BoardSource {
  owner: string;
  number: number;
  role: SourceRole;
  teamId: string | null;
  epicLabels: string[];
}

export interface SyncSources {
  repos: RepoSource[];
  boards: BoardSource[];
}

/** "owner/repo" or a repository URL (any host, for GitHub Enterprise Server). */
export function parseRepositoryRef(ref: string): { owner: string; repo: string } | null {
  const text = ref
    .trim()
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
  const match = /^(?:https?:\/\/[^/]+\/)?([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text);
  return match ? { owner: match[1]!, repo: match[2]! } : null;
}

/** "owner/12", "https://github.com/orgs/owner/projects/12" (also /users/…). */
export function parseProjectRef(ref: string): { owner: string; number: number } | null {
  const text = ref
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/views\/\d+$/, '');
  const match = /^(?:https?:\/\/[^/]+\/(?:orgs|users)\/)?([A-Za-z0-9_.-]+)(?:\/projects)?\/(\d+)$/.exec(text);
  return match ? { owner: match[1]!, number: Number(match[2]) } : null;
}

const sameRepo = (a: { owner: string; repo: string }, b: { owner: string; repo: string }) =>
  a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase();

/**
 * Where the sync reads: the portfolio repository and its board, the roadmap board (whose items are the
 * roadmap repository's issues; without a board, the repository itself) and every team's backlog.
 */
export function syncSourcesOf(
  settings: GithubSettings,
  teams: readonly { id: string; backlogs: readonly BacklogRef[] }[],
): SyncSources {
  const repos: RepoSource[] = [];
  const boards: BoardSource[] = [];
  const epicLabelsOf = (owner: string, repo: string | null) =>
    (repo ? labelsByRepo(settings, owner, repo) : undefined) ??
    settings.epicLabels ?? [...DEFAULT_EPIC_LABELS];
  const { portfolio, roadmap } = settings;
  if (portfolio) {
    repos.push({ ...pick(portfolio), role: 'portfolio', teamId: null, epicLabels: [] });
    if (portfolio.project)
      boards.push({
        owner: portfolio.owner,
        number: portfolio.project,
        role: 'portfolio',
        teamId: null,
        epicLabels: [],
      });
  }
  if (roadmap?.project) {
    boards.push({
      owner: roadmap.owner,
      number: roadmap.project,
      role: 'roadmap',
      teamId: null,
      epicLabels: [],
    });
  } else if (roadmap) {
    repos.push({ ...pick(roadmap), role: 'roadmap', teamId: null, epicLabels: [] });
  }
  for (const team of teams) {
    for (const backlog of team.backlogs) {
      if (backlog.kind === 'github-repository') {
        const ref = parseRepositoryRef(backlog.ref);
        if (!ref || repos.some((r) => sameRepo(r, ref))) continue;
        repos.push({
          ...ref,
          role: 'backlog',
          teamId: team.id,
          epicLabels: epicLabelsOf(ref.owner, ref.repo),
        });
      } else if (backlog.kind === 'github-project') {
        const ref = parseProjectRef(backlog.ref);
        if (!ref) continue;
        boards.push({ ...ref, role: 'backlog', teamId: team.id, epicLabels: epicLabelsOf(ref.owner, null) });
      }
    }
  }
  return { repos, boards };
}

const pick = (s: { owner: string; repo: string }) => ({ owner: s.owner, repo: s.repo });

function labelsByRepo(settings: GithubSettings, owner: string, repo: string): string[] | undefined {
  const wanted = `${owner}/${repo}`.toLowerCase();
  const entry = Object.entries(settings.epicLabelsByRepository).find(
    ([name]) => name.toLowerCase() === wanted,
  );
  return entry?.[1];
}

/** Every owner the sources name: an App needs an installation token for each. */
export const ownersOf = (sources: SyncSources): string[] => [
  ...new Set([...sources.repos, ...sources.boards].map((s) => s.owner.toLowerCase())),
];
