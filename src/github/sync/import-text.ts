import { LIMITS } from '../../contracts/limits';

/** GitHub allows longer titles and bodies than Rødtråd stores: cut, marking the cut. */
export function fitText(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1)}…`;
}

export const fitTitle = (title: string, fallback: string): string =>
  fitText(title.trim() || fallback, LIMITS.name);

export const fitBody = (body: string | null): string | null =>
  body === null || body.trim() === '' ? null : fitText(body, LIMITS.longText);

/** Labels and logins as a bounded list of bounded names. */
export const fitNames = (names: readonly string[], max: number): string[] =>
  [...new Set(names.map((n) => fitText(n, LIMITS.name)).filter((n) => n.length > 0))].slice(0, max);
