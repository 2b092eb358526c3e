import { CommanderError } from 'commander';
import { ApiError, RodtradClientError } from '../client';

export const EXIT = {
  ok: 0,
  error: 1,
  usage: 2,
  rejected: 3,
  checksFailed: 4,
  unauthorised: 5,
  forbidden: 6,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Bad usage found by the CLI itself (an option value, a missing flag, an unreadable --from-json file). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** `rodtrad check` found error-severity items: the report is printed, and the run exits 4. */
export class ChecksFailedError extends Error {
  override name = 'ChecksFailedError';
}

/** A problem with how the server is set up (configuration, database), told to the operator plainly. */
export class SetupError extends Error {
  override name = 'SetupError';
}

/** Errors of the server-side commands that are about set-up, not bugs: shown without a stack. */
export const SETUP_ERROR_NAMES = new Set([
  'SetupError',
  'ConfigError',
  'MigrationError',
  'DataDirInUseError',
]);

/** Codes that mean the server understood and refused: a gate, a phase rule or a concurrent change. */
const REJECTED_CODES = new Set<string>([
  'gate-criteria-unmet',
  'illegal-transition',
  'precondition-failed',
  'duplicate',
  'conflict',
  'in-use',
  'rationale-required',
  'conditions-required',
  'link-cycle',
  'invalid-link',
  'status-update-required',
]);

export const EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  error: the server answered with an error (not found, internal) or could not be reached
  2  bad usage: unknown command or option, an invalid option value, or a request the server
     found invalid (validation-failed)
  3  rejected: a gate's criteria are not met, an illegal phase move, a missing rationale or
     conditions, a stale edit (changed by someone else), a duplicate, a conflict, still in use,
     a link that would make a cycle or joins the wrong kinds, or an override without a status
     update
  4  \`rodtrad check\` found at least one error in the portfolio
  5  unauthorised: no API token, or the token is not valid, expired or revoked (HTTP 401)
  6  forbidden: your role or the token's scope does not allow it (HTTP 403)

Environment:
  RODTRAD_URL         the server (instead of --server)
  RODTRAD_ORG         the organisation's slug (instead of --org)
  RODTRAD_TOKEN       the API token: --token wins over it, it wins over the one \`rodtrad login\` stored
  RODTRAD_CONFIG_DIR  where \`rodtrad login\` stores tokens (default: $XDG_CONFIG_HOME/rodtrad,
                      ~/.config/rodtrad, or %APPDATA%\\rodtrad on Windows)
`;

export function exitCodeOf(err: unknown): ExitCode {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return EXIT.ok;
    if (err.code === 'commander.help' && err.exitCode === 0) return EXIT.ok;
    return EXIT.usage;
  }
  if (err instanceof UsageError) return EXIT.usage;
  if (err instanceof ChecksFailedError) return EXIT.checksFailed;
  if (err instanceof ApiError) {
    if (REJECTED_CODES.has(err.code)) return EXIT.rejected;
    if (err.code === 'validation-failed') return EXIT.usage;
    if (err.code === 'unauthorised') return EXIT.unauthorised;
    if (err.code === 'forbidden') return EXIT.forbidden;
    return EXIT.error;
  }
  if (err instanceof RodtradClientError) return EXIT.error;
  return EXIT.error;
}
