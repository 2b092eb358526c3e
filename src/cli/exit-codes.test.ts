import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError, UnexpectedResponseError } from '../client';
import { EXIT, EXIT_CODES_HELP, UsageError, exitCodeOf } from './exit-codes';

const apiError = (code: string, status: number) =>
  new ApiError({ type: 't', title: 'T', status, code }, 'POST', 'http://s/x');

describe('exitCodeOf', () => {
  it('maps refusals to 3, invalid requests to 2 and other failures to 1', () => {
    const rejected = [
      'gate-criteria-unmet',
      'illegal-transition',
      'precondition-failed',
      'duplicate',
      'conflict',
      'rationale-required',
      'conditions-required',
    ];
    expect(rejected.map((code) => exitCodeOf(apiError(code, 409)))).toEqual(rejected.map(() => 3));
    expect(exitCodeOf(apiError('validation-failed', 400))).toBe(2);
    expect(exitCodeOf(apiError('not-found', 404))).toBe(1);
    expect(exitCodeOf(apiError('internal', 500))).toBe(1);
    expect(exitCodeOf(new NetworkError('GET', 'http://s', 'refused'))).toBe(1);
    expect(exitCodeOf(new UnexpectedResponseError('GET', 'http://s', 502, 'html'))).toBe(1);
    expect(exitCodeOf(new Error('bug'))).toBe(1);
  });

  it('maps a missing or refused token to 5 and a refusal by role or scope to 6', () => {
    expect(exitCodeOf(apiError('unauthorised', 401))).toBe(5);
    expect(exitCodeOf(apiError('forbidden', 403))).toBe(6);
    expect(exitCodeOf(apiError('rate-limited', 429))).toBe(1);
  });

  it('documents every exit code in --help, in order', () => {
    const documented = [...EXIT_CODES_HELP.matchAll(/^ {2}(\d) {2}/gm)].map((m) => Number(m[1]));
    expect(documented).toEqual(Object.values(EXIT));
  });

  it('maps usage errors to 2 and help to 0', () => {
    expect(exitCodeOf(new UsageError('bad'))).toBe(2);
    expect(exitCodeOf(new CommanderError(1, 'commander.unknownOption', 'x'))).toBe(2);
    expect(exitCodeOf(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'))).toBe(0);
    expect(exitCodeOf(new CommanderError(1, 'commander.help', '(outputHelp)'))).toBe(2);
  });
});
