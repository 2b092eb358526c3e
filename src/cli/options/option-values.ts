import { readFileSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';
import { UsageError } from '../exit-codes';

/** commander argParser for --limit and other counts. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError('not a positive whole number');
  return n;
}

/** commander argParser for numbers such as person-months. */
export function nonNegativeNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError('not a number ≥ 0');
  return n;
}

/** commander argParser for repeatable options: --team a --team b, or --team a,b. */
export function collect(value: string, previous: string[] | undefined): string[] {
  const parts = value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return [...(previous ?? []), ...parts];
}

/** commander argParser for --set field=value, repeatable. */
export function collectAssignment(
  value: string,
  previous: [string, string][] | undefined,
): [string, string][] {
  const eq = value.indexOf('=');
  if (eq < 1) throw new InvalidArgumentError(`expected field=value, got "${value}"`);
  return [...(previous ?? []), [value.slice(0, eq).trim(), value.slice(eq + 1)]];
}

/** commander argParser for a calendar date. */
export function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError('expected a date like 2026-03-31');
  }
  return value;
}

/** The JSON object in a --from-json file; anything else is bad usage. */
export function readJsonObject(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read --from-json ${file}: ${(err as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`--from-json ${file} is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`--from-json ${file} must hold one JSON object`);
  }
  return value as Record<string, unknown>;
}

/** Refuses a value outside the allowed list with the list in the message. */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${option} must be one of ${allowed.join(', ')}; got "${value}"`);
  }
  return value as T;
}
