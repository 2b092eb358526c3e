import { describe, expect, it } from 'vitest';
import { bufferIo } from './cli-io';
import { SetupError } from './exit-codes';
import { reportError } from './report-error';

describe('reportError', () => {
  it('tells a set-up problem plainly, without a stack', () => {
    const io = bufferIo();
    const configError = Object.assign(new Error('Invalid configuration:\n  PORT: expected number'), {
      name: 'ConfigError',
    });
    reportError(io, configError, false);
    reportError(io, new SetupError('the database lacks migrations 0002_x.sql'), false);
    expect(io.stderr()).toBe(
      'error: Invalid configuration:\n  PORT: expected number\nerror: the database lacks migrations 0002_x.sql\n',
    );
  });

  it('shows where an unexpected error happened', () => {
    const io = bufferIo();
    reportError(io, new TypeError('x is undefined'), false);
    expect(io.stderr()).toMatch(/^error: TypeError: x is undefined\n\s+at /);
  });
});
