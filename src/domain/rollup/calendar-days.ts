const DAY_MS = 86_400_000;

/** Whole days from one 'YYYY-MM-DD' date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** The UTC calendar date of an ISO timestamp. */
export const dateOf = (timestamp: string): string => new Date(timestamp).toISOString().slice(0, 10);

/** The 'YYYY-MM-DD' date `days` after `day` (before it when negative). */
export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
