import type { z } from 'zod';
import type { ReceivedProblem } from '../../../client';
import {
  DEFAULT_EPIC_LABELS,
  GithubSettingsSchema,
  type GithubSettings,
  type GithubSettingsInput,
} from '../../../contracts/github-sync';
import { firstPerField, valueAt } from '../../ui/form-errors';

/** The settings form as typed: every field a string, the write-back a checkbox. */
export interface GithubSettingsDraft {
  portfolio: { owner: string; repo: string; project: string; phaseField: string };
  roadmap: { owner: string; repo: string; project: string; writeBack: boolean };
  /** Comma-separated. */
  epicLabels: string;
}

/** The fields of the form, in the order it shows them; an error's path is one of these. */
export const SETTINGS_FIELDS = [
  'portfolio.owner',
  'portfolio.repo',
  'portfolio.project',
  'portfolio.phaseField',
  'roadmap.owner',
  'roadmap.repo',
  'roadmap.project',
  'epicLabels',
] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];

/** What is wrong with a field, in words the page looks up (githubSync.settings.errors.<kind>). */
export type SettingsErrorKind =
  'required' | 'name' | 'project' | 'tooLong' | 'tooMany' | 'invalid' | 'server';

export interface SettingsFieldError {
  path: SettingsField;
  kind: SettingsErrorKind;
  /** The bound that was crossed (tooLong, tooMany). */
  limit?: number;
  /** The server's own words (kind 'server'). */
  message?: string;
}

export type SettingsCheck =
  { ok: true; settings: GithubSettingsInput; errors: [] } | { ok: false; errors: SettingsFieldError[] };

/** The form's starting values: the saved settings, or empty sources with the default phase field and labels. */
export function draftOf(settings: GithubSettings | null): GithubSettingsDraft {
  const portfolio = settings?.portfolio;
  const roadmap = settings?.roadmap;
  return {
    portfolio: {
      owner: portfolio?.owner ?? '',
      repo: portfolio?.repo ?? '',
      project: portfolio?.project?.toString() ?? '',
      phaseField: portfolio?.phaseField ?? 'Fase',
    },
    roadmap: {
      owner: roadmap?.owner ?? '',
      repo: roadmap?.repo ?? '',
      project: roadmap?.project?.toString() ?? '',
      writeBack: roadmap?.writeBack ?? false,
    },
    epicLabels: (settings?.epicLabels ?? DEFAULT_EPIC_LABELS).join(', '),
  };
}

/** "Epic, kind/epic ,, ☂️ epic" → ["Epic", "kind/epic", "☂️ epic"]. */
export const splitLabels = (text: string): string[] =>
  text
    .split(',')
    .map((label) => label.trim())
    .filter((label) => label !== '');

/** A board number as typed: empty is none, digits a number, anything else NaN (which the schema refuses). */
const projectOf = (text: string): number | null => {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
};

const blank = (...values: string[]) => values.every((value) => value.trim() === '');

/**
 * The draft as the settings to send. A source whose owner, repository and board are all empty is
 * left out (null); what the form does not show (`enabled`, the per-repository labels) is kept.
 */
export function toSettingsInput(
  draft: GithubSettingsDraft,
  saved: GithubSettings | null,
): GithubSettingsInput {
  const { portfolio, roadmap } = draft;
  return {
    enabled: saved?.enabled ?? true,
    portfolio: blank(portfolio.owner, portfolio.repo, portfolio.project)
      ? null
      : {
          owner: portfolio.owner,
          repo: portfolio.repo,
          project: projectOf(portfolio.project),
          phaseField: portfolio.phaseField,
        },
    roadmap: blank(roadmap.owner, roadmap.repo, roadmap.project)
      ? null
      : {
          owner: roadmap.owner,
          repo: roadmap.repo,
          project: projectOf(roadmap.project),
          writeBack: roadmap.writeBack,
        },
    epicLabels: splitLabels(draft.epicLabels),
    epicLabelsByRepository: saved?.epicLabelsByRepository ?? {},
  };
}

/** The draft checked with the server's own schema, GithubSettingsSchema, before it is sent. */
export function checkGithubSettings(draft: GithubSettingsDraft, saved: GithubSettings | null): SettingsCheck {
  const input = toSettingsInput(draft, saved);
  const result = GithubSettingsSchema.safeParse(input);
  if (result.success) return { ok: true, settings: input, errors: [] };
  const errors = result.error.issues.flatMap((issue) => {
    const error = toFieldError(issue, input);
    return error ? [error] : [];
  });
  return { ok: false, errors: inFormOrder(firstPerField(errors)) };
}

/** The form field a path in GithubSettings belongs to ("epicLabels.3" → "epicLabels"). */
export function fieldOf(path: readonly PropertyKey[]): SettingsField | null {
  const joined = path.slice(0, 2).map(String).join('.');
  if (path[0] === 'epicLabels') return 'epicLabels';
  return (SETTINGS_FIELDS as readonly string[]).includes(joined) ? (joined as SettingsField) : null;
}

function toFieldError(issue: z.core.$ZodIssue, input: GithubSettingsInput): SettingsFieldError | null {
  const path = fieldOf(issue.path);
  if (!path) return null;
  const value = valueAt(input, issue.path);
  if (path.endsWith('.project')) return { path, kind: 'project' };
  if (typeof value === 'string' && value.trim() === '') return { path, kind: 'required' };
  if (issue.code === 'too_big')
    return { path, kind: issue.origin === 'array' ? 'tooMany' : 'tooLong', limit: Number(issue.maximum) };
  if (issue.code === 'invalid_format' && (path.endsWith('.owner') || path.endsWith('.repo')))
    return { path, kind: 'name' };
  return { path, kind: 'invalid' };
}

/** The server's validation issues ("body.portfolio.owner") as field errors; others are not about a field. */
export function serverSettingsErrors(problem: ReceivedProblem): SettingsFieldError[] {
  return (problem.issues ?? []).flatMap((issue) => {
    const [scope, ...rest] = issue.path.split('.');
    const path = scope === 'body' ? fieldOf(rest) : null;
    return path ? [{ path, kind: 'server' as const, message: issue.message }] : [];
  });
}

export const inFormOrder = (errors: SettingsFieldError[]): SettingsFieldError[] =>
  [...errors].sort((a, b) => SETTINGS_FIELDS.indexOf(a.path) - SETTINGS_FIELDS.indexOf(b.path));
