import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StartedSession } from '../../services/accounts/sessions';
import type { AuthOptions } from './auth-options';

export const SESSION_COOKIE = 'rodtrad_session';
const MAX_AGE_S = 7 * 24 * 60 * 60;

/** Whether cookies set on this request get the Secure flag (COOKIE_SECURE, or https when 'auto'). */
export function isSecure(request: FastifyRequest, options: AuthOptions): boolean {
  if (options.cookieSecure !== 'auto') return options.cookieSecure === 'always';
  return options.publicUrl?.startsWith('https:') === true || request.protocol === 'https';
}

/**
 * HttpOnly (no script reads it), SameSite=Lax (no other site's form or fetch sends it; a link from the
 * provider's callback still does) and Secure over https. The server decides when it expires.
 */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  session: StartedSession,
  options: AuthOptions,
): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(request, options),
    maxAge: MAX_AGE_S,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
