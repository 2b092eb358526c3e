/** Timestamps leave the services as ISO 8601 strings. */
export const iso = (d: Date): string => d.toISOString();
