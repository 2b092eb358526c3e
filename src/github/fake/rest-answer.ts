/** What a REST route answers, before the pipeline adds ETag, rate-limit headers and the wire format. */
export interface RestAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Thrown by a route to answer early (404, 410, 301, 422 …), caught by the REST pipeline. */
export class RestAnswerError extends Error {
  constructor(readonly answer: RestAnswer) {
    super(`fake GitHub answer ${answer.status}`);
  }
}

const DOCS = 'https://docs.github.com/rest';

export function errorBody(
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { message, documentation_url: DOCS, status: String(status), ...extra };
}

export function fail(status: number, message: string, extra: Record<string, unknown> = {}): RestAnswerError {
  return new RestAnswerError({ status, body: errorBody(status, message, extra) });
}

export function notFound(): RestAnswerError {
  return fail(404, 'Not Found');
}

/** GitHub's 422 with the failing field named. */
export function invalid(resource: string, field: string, message: string, code = 'invalid'): RestAnswerError {
  return fail(422, 'Validation Failed', { errors: [{ resource, field, code, message }] });
}

/** GET follows 301; other methods get 307 so a client repeats the same request (body and all) there. */
export function redirect(method: string, location: string): RestAnswerError {
  const status = method === 'GET' || method === 'HEAD' ? 301 : 307;
  return new RestAnswerError({
    status,
    body: errorBody(status, status === 301 ? 'Moved Permanently' : 'Temporary Redirect', { url: location }),
    headers: { location },
  });
}
