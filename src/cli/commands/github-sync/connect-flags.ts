import { InvalidArgumentError } from 'commander';
import type { GithubSettings, GithubSettingsInput } from '../../../contracts/github-sync';

export interface ConnectFlags {
  portfolio: RepoRef;
  portfolioProject?: number;
  phaseField?: string;
  roadmap: RepoRef;
  roadmapProject?: number;
  writeBack?: boolean;
  epicLabel?: string[];
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/** commander argParser for "owner/repo". */
export function repoRef(value: string): RepoRef {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value.trim());
  if (!match?.[1] || !match[2]) throw new InvalidArgumentError('expected a repository like "digdir/roadmap"');
  return { owner: match[1], repo: match[2] };
}

/** commander argParser for a repeatable option whose values may hold commas and spaces (labels). */
export function repeatable(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * The settings `rodtrad github connect` saves. The portfolio and the roadmap are exactly as given (a
 * board left out is no board); the epic labels given replace the saved ones, else those are kept, as
 * are the per-repository labels. Connecting turns the sync on.
 */
export function settingsFrom(flags: ConnectFlags, saved: GithubSettings | null): GithubSettingsInput {
  return {
    enabled: true,
    portfolio: {
      ...flags.portfolio,
      project: flags.portfolioProject ?? null,
      ...(flags.phaseField === undefined ? {} : { phaseField: flags.phaseField }),
    },
    roadmap: {
      ...flags.roadmap,
      project: flags.roadmapProject ?? null,
      writeBack: flags.writeBack === true,
    },
    ...(flags.epicLabel?.length
      ? { epicLabels: flags.epicLabel }
      : saved
        ? { epicLabels: saved.epicLabels }
        : {}),
    ...(saved ? { epicLabelsByRepository: saved.epicLabelsByRepository } : {}),
  };
}
