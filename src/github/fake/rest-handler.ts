import { createHash } from 'node:crypto';
import { countRoute } from './fake-stats';
import { errorBody, RestAnswerError } from './rest-answer';
import { validateRestAnswer } from './rest-validator';
import { faultWire, jsonWire } from './wire-answer';
import type { FaultInjector } from './fault-injector';
import type { FakeStats } from './fake-stats';
import type { RestAnswer } from './rest-answer';
import type { FakeContext, RestRequest, RestRouter } from './rest-route';
import type { WireAnswer } from './wire-answer';

export interface RestViolation {
  method: string;
  path: string;
  status: number;
  errors: string[];
}

export interface IncomingRest {
  method: string;
  /** Below the REST root, without the query. */
  path: string;
  search: string;
  headers: Record<string, string | string[] | undefined>;
  bodyText: string;
  requestId: string;
}

export interface RestHandlerDeps {
  context: FakeContext;
  router: RestRouter;
  faults: FaultInjector;
  stats: () => FakeStats;
  validate: boolean;
  violations: RestViolation[];
}

/** API versions GitHub accepts in `X-GitHub-Api-Version`. */
const API_VERSIONS = new Set(['2022-11-28', '2026-03-10']);

function header(headers: IncomingRest['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A strong ETag over the exact bytes of the body, so any change of the answer changes it. */
function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('hex')}"`;
}

function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

/**
 * The REST pipeline: faults first, then authentication, the primary rate limit, the route, the ETag
 * and 304, the schema check of the answer, and the headers GitHub puts on every answer.
 */
export function handleRest(deps: RestHandlerDeps, incoming: IncomingRest): WireAnswer {
  const { context, router, faults } = deps;
  const stats = deps.stats();
  const { method, path } = incoming;
  const matched = router.match(method, path);
  const route = matched && 'route' in matched ? matched : null;
  const template = route ? route.route.template : null;
  countRoute(stats, `${method} ${template ?? '(unknown)'}`);
  const base = { 'x-github-request-id': incoming.requestId, 'x-github-api-version-selected': '2022-11-28' };
  const rate = () => context.rateLimiter.headers('core');

  const fault = faults.take(method, path, template);
  if (fault) return faultWire(fault, incoming.requestId, { ...base, ...rate() });

  const version = header(incoming.headers, 'x-github-api-version');
  if (version !== undefined && !API_VERSIONS.has(version)) {
    return jsonWire(400, errorBody(400, `Invalid API version: ${version}`), { ...base, ...rate() });
  }
  const identity = context.auth.identify(header(incoming.headers, 'authorization'));
  if (identity.kind === 'invalid')
    return jsonWire(401, errorBody(401, identity.message), { ...base, ...rate() });
  if (route?.route.auth === 'app-jwt' && identity.kind !== 'app-jwt') {
    return jsonWire(
      401,
      errorBody(401, 'A JSON web token could not be decoded: this route takes the app JWT'),
      { ...base, ...rate() },
    );
  }
  if (route && route.route.auth !== 'app-jwt' && identity.kind === 'app-jwt') {
    return jsonWire(403, errorBody(403, 'Resource not accessible by integration'), { ...base, ...rate() });
  }
  const counted = route?.route.counted !== false;
  if (counted && context.rateLimiter.exhausted('core')) {
    const who =
      identity.kind === 'installation' ? `installation ID ${identity.installation.id}` : 'this token';
    return jsonWire(403, errorBody(403, `API rate limit exceeded for ${who}.`), { ...base, ...rate() });
  }

  let answer: RestAnswer;
  if (!route) {
    // GitHub answers an unknown path, or a known path with a method it lacks, with 404.
    answer = { status: 404, body: errorBody(404, 'Not Found') };
  } else {
    let body: unknown = undefined;
    if (incoming.bodyText.trim() !== '') {
      try {
        body = JSON.parse(incoming.bodyText) as unknown;
      } catch {
        // GitHub's own answer to a body that is not JSON; the parse error itself says no more.
        return jsonWire(400, errorBody(400, 'Problems parsing JSON'), { ...base, ...rate() });
      }
    }
    const request: RestRequest = {
      method,
      path,
      params: route.params,
      query: new URLSearchParams(incoming.search),
      body,
      identity,
      actor:
        identity.kind === 'installation'
          ? context.state.appActor
          : identity.kind === 'token'
            ? context.state.tokenActor
            : context.state.testActor,
      search: incoming.search,
    };
    if (method !== 'GET' && identity.kind === 'anonymous' && route.route.write) {
      answer = { status: 401, body: errorBody(401, 'Requires authentication') };
    } else {
      answer = runRoute(route.route.handle, request, context);
    }
  }

  const bodyText = answer.body === undefined ? null : JSON.stringify(answer.body);
  const headers: Record<string, string> = { ...base, ...(answer.headers ?? {}) };
  if (method === 'GET' && answer.status === 200 && bodyText !== null) {
    const etag = etagOf(bodyText);
    headers.etag = etag;
    if (etagMatches(header(incoming.headers, 'if-none-match'), etag)) {
      stats.notModified += 1;
      return { status: 304, headers: { ...headers, ...rate() }, body: null };
    }
  }
  if (counted) {
    context.rateLimiter.take('core');
    stats.counted += 1;
  }
  if (route?.route.write && answer.status < 300) stats.writes += 1;
  if (deps.validate && template) {
    const errors = validateRestAnswer(method, template, answer.status, answer.body);
    if (errors.length > 0) deps.violations.push({ method, path, status: answer.status, errors });
  }
  if (bodyText !== null) headers['content-type'] = 'application/json; charset=utf-8';
  return { status: answer.status, headers: { ...headers, ...rate() }, body: bodyText };
}

function runRoute(
  handle: (request: RestRequest, context: FakeContext) => RestAnswer,
  request: RestRequest,
  context: FakeContext,
): RestAnswer {
  try {
    return handle(request, context);
  } catch (error) {
    if (error instanceof RestAnswerError) return error.answer;
    throw error;
  }
}
