import { Option } from 'commander';
import type { RodtradClient } from '../../../client';
import { UsageError } from '../../exit-codes';
import { collect, isoDate, nonNegativeNumber, oneOf } from '../../options/option-values';
import { resolveRef, resolveRefs, type RefKind } from '../../options/resolve-ref';

/**
 * One body field set from one option. Kinds say how the text is read; "nullable" fields take an
 * empty value ('') to clear them.
 */
export type FlagSpec = {
  field: string;
  /** commander flags, e.g. "--email <email>" */
  flags: string;
  description: string;
  /** Must be given on create (by flag or --from-json). */
  required?: boolean;
  /** Only on create (e.g. an item's source). */
  createOnly?: boolean;
  nullable?: boolean;
} & (
  | { kind: 'text' | 'number' | 'date' | 'list' }
  | { kind: 'choice' | 'choice-list'; choices: readonly string[] }
  | { kind: 'ref' | 'ref-list'; ref: RefKind }
);

export function optionOf(flag: FlagSpec): Option {
  const hint = flag.nullable ? ' (empty to clear)' : '';
  const option = new Option(flag.flags, `${flag.description}${hint}`);
  switch (flag.kind) {
    case 'number':
      return option.argParser((v) => (flag.nullable && v === '' ? null : nonNegativeNumber(v)));
    case 'date':
      return option.argParser((v) => (flag.nullable && v === '' ? null : isoDate(v)));
    case 'choice':
      return flag.nullable ? option : option.choices(flag.choices);
    case 'list':
    case 'choice-list':
    case 'ref-list':
      return option.argParser(collect);
    default:
      return option;
  }
}

/** The body fields given as options, converted and with references resolved to ids. */
export async function bodyFromFlags(
  client: RodtradClient,
  flags: FlagSpec[],
  options: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const body: Record<string, unknown> = {};
  for (const flag of flags) {
    const option = optionOf(flag);
    const raw = options[option.attributeName()];
    if (raw === undefined) continue;
    body[flag.field] = await convert(client, flag, option.long ?? flag.flags, raw);
  }
  return body;
}

async function convert(client: RodtradClient, flag: FlagSpec, name: string, raw: unknown): Promise<unknown> {
  if (raw === null || (flag.nullable && raw === '')) {
    if (!flag.nullable) throw new UsageError(`${name} cannot be cleared`);
    return null;
  }
  switch (flag.kind) {
    case 'choice':
      return oneOf(name, raw as string, flag.choices);
    case 'choice-list':
      return (raw as string[]).map((v) => oneOf(name, v, flag.choices));
    case 'ref':
      return resolveRef(client, flag.ref, raw as string);
    case 'ref-list':
      return resolveRefs(client, flag.ref, raw as string[]);
    default:
      return raw;
  }
}

export function requireFields(flags: FlagSpec[], body: Record<string, unknown>): void {
  const missing = flags.filter((f) => f.required && body[f.field] === undefined);
  if (missing.length > 0) {
    throw new UsageError(
      `missing ${missing.map((f) => f.flags.split(' ')[0]).join(', ')} (or give them in --from-json)`,
    );
  }
}
