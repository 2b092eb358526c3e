/**
 * Earliest and latest of optional dates and timestamps, for rolling spans and activity up the
 * red thread. Missing values are skipped; null only when every value is missing.
 */

/** Earliest of 'YYYY-MM-DD' dates (that format sorts as text). */
export function earliestDate(dates: ReadonlyArray<string | null>): string | null {
  let earliest: string | null = null;
  for (const date of dates) if (date !== null && (earliest === null || date < earliest)) earliest = date;
  return earliest;
}

/** Latest of 'YYYY-MM-DD' dates. */
export function latestDate(dates: ReadonlyArray<string | null>): string | null {
  let latest: string | null = null;
  for (const date of dates) if (date !== null && (latest === null || date > latest)) latest = date;
  return latest;
}

/**
 * Latest of ISO timestamps, returned as given. Compared as instants, not as text: timestamps may
 * carry different offsets ('+02:00' from a person, 'Z' from GitHub).
 */
export function latestTimestamp(timestamps: ReadonlyArray<string | null>): string | null {
  let latest: string | null = null;
  let latestMs = Number.NEGATIVE_INFINITY;
  for (const timestamp of timestamps) {
    if (timestamp === null) continue;
    const ms = Date.parse(timestamp);
    if (latest === null || ms > latestMs) {
      latest = timestamp;
      latestMs = ms;
    }
  }
  return latest;
}
