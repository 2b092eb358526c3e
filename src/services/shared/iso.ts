/** Timestamps leave the services as ISO 8601 strings. */
export const iso = (d: Date): string => d.toISOString();

/** An optional ISO timestamp from a request as a Date: undefined stays "not sent", null clears. */
export const optionalDate = (value: string | null | undefined): Date | null | undefined =>
  value === undefined ? undefined : value === null ? null : new Date(value);
