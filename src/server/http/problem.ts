import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorCode, Problem } from '../../contracts/errors';
import { AppError } from '../../services/shared/app-error';

/** The HTTP status of every error code. Exhaustive: a new code does not compile until it is mapped here. */
export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'validation-failed':
      return 400;
    case 'unauthorised':
    case 'signature-invalid':
      return 401;
    case 'forbidden':
    case 'csrf-failed':
      return 403;
    case 'not-found':
      return 404;
    case 'duplicate':
    case 'conflict':
    case 'in-use':
    case 'illegal-transition':
    case 'github-not-configured':
      return 409;
    case 'precondition-failed':
      return 412;
    case 'payload-too-large':
      return 413;
    case 'unsupported-media-type':
      return 415;
    case 'reference-not-found':
    case 'gate-criteria-unmet':
    case 'rationale-required':
    case 'conditions-required':
    case 'link-cycle':
    case 'invalid-link':
    case 'status-update-required':
      return 422;
    case 'precondition-required':
      return 428;
    case 'rate-limited':
      return 429;
    case 'internal':
      return 500;
    case 'github-failed':
      return 502;
  }
}

const TITLES: Record<ErrorCode, string> = {
  'validation-failed': 'The request is not valid',
  unauthorised: 'Sign-in required',
  forbidden: 'Not allowed',
  'csrf-failed': 'The request did not come from this application',
  'not-found': 'Not found',
  duplicate: 'Already exists',
  conflict: 'Conflict',
  'in-use': 'Still in use',
  'illegal-transition': 'This phase move is not allowed',
  'precondition-failed': 'Changed by someone else',
  'payload-too-large': 'The request is too large',
  'unsupported-media-type': 'Unsupported media type',
  'reference-not-found': 'Refers to something that does not exist',
  'gate-criteria-unmet': 'Gate criteria are not met',
  'rationale-required': 'A rationale is required',
  'conditions-required': 'Conditions are required',
  'link-cycle': 'The link would make a cycle',
  'invalid-link': 'These items cannot be linked',
  'status-update-required': 'An override needs a written status update',
  'precondition-required': 'If-Match is required',
  'rate-limited': 'Too many requests',
  'github-not-configured': 'GitHub is not configured',
  'github-failed': 'GitHub did not answer as expected',
  'signature-invalid': 'The webhook signature does not match',
  internal: 'Internal error',
};

export function problem(code: ErrorCode, detail: string, extra: Partial<Problem> = {}): Problem {
  return {
    type: `https://rodtrad.dev/problems/${code}`,
    title: TITLES[code],
    status: statusOf(code),
    detail,
    code,
    ...extra,
  };
}

/** Fastify's own errors (body parsing, limits) by their codes. */
function fromFastifyError(err: FastifyError): Problem | undefined {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem('payload-too-large', err.message);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problem('unsupported-media-type', err.message);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problem('validation-failed', err.message);
    default:
      return err.statusCode && err.statusCode >= 400 && err.statusCode < 500
        ? problem('validation-failed', err.message)
        : undefined;
  }
}

/**
 * A PostgreSQL data exception (SQLSTATE class 22): the database cannot take a value that came with the
 * request, such as a NUL character in text or a forged cursor whose values are not numbers, dates or ids.
 * Bad input, not a server fault.
 */
function isDataException(err: unknown): boolean {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export function toProblem(err: unknown, request: FastifyRequest): Problem {
  if (err instanceof AppError) return problem(err.code, err.message, err.details);
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = err.validation.map((v) => ({
      path: [err.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
      message: v.message ?? 'invalid',
    }));
    return problem('validation-failed', `${issues.length} field(s) are not valid`, { issues });
  }
  if (isResponseSerializationError(err)) {
    request.log.error({ err }, 'response did not match its schema');
    return problem('internal', 'The server produced an invalid answer');
  }
  const fastifyProblem = fromFastifyError(err as FastifyError);
  if (fastifyProblem) return fastifyProblem;
  if (isDataException(err)) {
    request.log.info({ err }, 'the database refused a value of the request');
    return problem(
      'validation-failed',
      'a value in the request cannot be stored or compared (a NUL character, or a cursor this list did not give out)',
    );
  }
  request.log.error({ err }, 'unhandled error');
  return problem('internal', 'Something went wrong on the server; it has been logged');
}

export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).type('application/problem+json').send(p);
}
