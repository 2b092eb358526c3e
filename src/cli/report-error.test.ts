import { describe, expect, it } from 'vitest';
import { ApiError } from '../client';
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

  it('tells where a refused token came from, but keeps --json output to the problem', () => {
    const refused = new ApiError(
      {
        type: 't',
        title: 'Sign-in required',
        status: 401,
        code: 'unauthorised',
        detail: 'the API token is expired',
      },
      'GET',
      'http://s/api/v1/me',
    );
    const auth = { token: 'rdt_x', source: 'env' as const, server: 'http://s', file: '/c/credentials.json' };
    const io = bufferIo();
    reportError(io, refused, false, auth);
    expect(io.stderr().split('\n').slice(0, 2)).toEqual([
      'error: Sign-in required: the API token is expired (unauthorised, HTTP 401)',
      'The token came from RODTRAD_TOKEN.',
    ]);
    const json = bufferIo();
    reportError(json, refused, true, auth);
    expect(JSON.parse(json.stderr())).toMatchObject({ status: 401, code: 'unauthorised' });
  });
});
