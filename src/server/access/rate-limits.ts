import type { FastifyRequest } from 'fastify';
import type { RateLimitOptions } from '@fastify/rate-limit';
import { AppError } from '../../services/shared/app-error';
import type { AuthOptions } from './auth-options';

/** Every limit answers the same problem+json, with Retry-After set by the plugin. */
export const rateLimitError = (_request: FastifyRequest, context: { after: string }) =>
  new AppError('rate-limited', `too many requests; try again in ${context.after}`);

/** Sign-in routes: a handful a minute from one address, so links and passwords cannot be guessed. */
export const signInRateLimit = (options: AuthOptions): RateLimitOptions => ({
  max: options.signInPerMinute,
  timeWindow: 60_000,
  keyGenerator: (request) => `sign-in:${request.ip}`,
  // A route's limit inherits the global options: without this, the global allowList (requests with
  // no token) would exempt every browser sign-in from the limit.
  allowList: () => false,
});
