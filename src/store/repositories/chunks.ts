/** Rows per statement by default: keeps every statement's parameters far below PostgreSQL's 65,535. */
const CHUNK = 500;

/** The rows in slices of at most `size`, for multi-row statements. */
export const chunks = <T>(rows: readonly T[], size = CHUNK): T[][] =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
