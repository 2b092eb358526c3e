import type { FaultSpec } from './fault-injector';

/** An answer ready for the socket, or a request left hanging (the `timeout` fault). */
export type WireAnswer =
  { status: number; headers: Record<string, string>; body: string | null } | { hang: true };

export function jsonWire(status: number, body: unknown, headers: Record<string, string> = {}): WireAnswer {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

const SECONDARY_DOCS =
  'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits';

/** What GitHub answers in each fault: a proxy's HTML 502, its secondary-limit 403, a 500, or silence. */
export function faultWire(fault: FaultSpec, requestId: string, headers: Record<string, string>): WireAnswer {
  switch (fault.kind) {
    case 'timeout':
      return { hang: true };
    case 'bad-gateway':
      return {
        status: 502,
        headers: { ...headers, 'content-type': 'text/html; charset=utf-8' },
        body: '<html><body><h1>502 Bad Gateway</h1>The server returned an invalid or incomplete response.</body></html>',
      };
    case 'server-error':
      return jsonWire(500, { message: 'Server Error' }, headers);
    case 'secondary-rate-limit':
      return jsonWire(
        403,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
            `If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
          documentation_url: SECONDARY_DOCS,
          status: '403',
        },
        { ...headers, 'retry-after': String(fault.retryAfterSeconds ?? 1) },
      );
  }
}
