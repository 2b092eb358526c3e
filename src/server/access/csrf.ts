import type { FastifyRequest } from 'fastify';
import { sameSecret } from '../../services/accounts/secrets';
import { AppError } from '../../services/shared/app-error';
import type { Authenticated } from './authenticate';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/**
 * A write made with the session cookie must come from this application: the browser's Origin (when it
 * sends one) must be this server, and the request must carry the session's CSRF token, which only a
 * page of this origin can read (from GET /api/v1/me). Token-authenticated requests carry no cookie and
 * need neither.
 */
export function verifyCsrf(request: FastifyRequest, auth: Authenticated, publicUrl?: string): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  // Behind a TLS proxy the request looks like http; the configured public address is this server too.
  const own = [`${request.protocol}://${request.host}`, ...(publicUrl ? [new URL(publicUrl).origin] : [])];
  if (origin !== undefined && !own.includes(origin)) {
    throw new AppError('csrf-failed', `a write from ${origin} is not accepted`);
  }
  if (request.headers['sec-fetch-site'] === 'cross-site') {
    throw new AppError('csrf-failed', 'a write from another site is not accepted');
  }
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !auth.csrfToken || !sameSecret(sent, auth.csrfToken)) {
    throw new AppError(
      'csrf-failed',
      `a write with the session cookie needs the ${CSRF_HEADER} header from GET /api/v1/me`,
    );
  }
}
