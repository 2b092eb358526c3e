import { CommanderError } from 'commander';
import { ApiError, RodtradClientError } from '../client';
import { forbiddenHint, unauthorisedHint, type ResolvedAuth } from './auth/token-source';
import type { CliIo } from './cli-io';
import { ChecksFailedError, SETUP_ERROR_NAMES, UsageError } from './exit-codes';

/**
 * Writes an error to standard error: one headline, then each problem detail (invalid field,
 * unmet gate criterion) on its own line. With --json an API problem is written as JSON. `auth` is
 * the token the run sent, if any: a refusal says where it came from and how to get one.
 */
export function reportError(io: CliIo, err: unknown, json: boolean, auth?: ResolvedAuth): void {
  if (err instanceof CommanderError) return; // commander has already written its message
  if (err instanceof ApiError) {
    if (json) return io.err(`${JSON.stringify(err.problem, null, 2)}\n`);
    io.err(`${headline(err)}\n`);
    for (const issue of err.problem.issues ?? []) io.err(`  ${issue.path}: ${issue.message}\n`);
    for (const c of err.unmetCriteria) io.err(`  ✗ ${c.label} (${c.kind} ${c.id})\n`);
    for (const line of hintOf(err, auth)) io.err(`${line}\n`);
    return;
  }
  if (err instanceof UsageError) return io.err(`error: ${err.message}\n(see --help)\n`);
  if (err instanceof ChecksFailedError) return io.err(`${err.message}\n`);
  if (err instanceof RodtradClientError) return io.err(`error: ${err.message}\n`);
  if (err instanceof Error && SETUP_ERROR_NAMES.has(err.name)) return io.err(`error: ${err.message}\n`);
  // Anything else is a bug in the CLI: show where it happened.
  io.err(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
}

function hintOf(err: ApiError, auth: ResolvedAuth | undefined): string[] {
  if (!auth) return [];
  if (err.code === 'unauthorised') return unauthorisedHint(auth);
  if (err.code === 'forbidden') return forbiddenHint(auth);
  return [];
}

function headline(err: ApiError): string {
  if (err.code === 'gate-criteria-unmet') {
    const n = err.unmetCriteria.length;
    return `rejected: the gate is not passed, ${n} criteri${n === 1 ? 'on is' : 'a are'} not met (${err.code})`;
  }
  const detail = err.problem.detail ? `: ${err.problem.detail}` : '';
  return `error: ${err.problem.title}${detail} (${err.code}, HTTP ${err.status})`;
}
