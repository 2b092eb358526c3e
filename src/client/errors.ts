import { z } from 'zod';
import { ProblemSchema, type ErrorCode, type UnmetCriterion } from '../contracts/errors';

/**
 * A problem answered by the server. The code is kept as text, so an error code added to a newer
 * server still arrives as an ApiError instead of failing to parse.
 */
export const ReceivedProblemSchema = ProblemSchema.extend({ code: z.string() });
export type ReceivedProblem = z.infer<typeof ReceivedProblemSchema>;

/** Base of every error the client throws. */
export class RodtradClientError extends Error {
  override name = 'RodtradClientError';
}

/** The server answered with application/problem+json. Branch on `code`, never on the message. */
export class ApiError extends RodtradClientError {
  override name = 'ApiError';
  readonly status: number;
  readonly code: ErrorCode | (string & {});

  constructor(
    readonly problem: ReceivedProblem,
    readonly method: string,
    readonly url: string,
  ) {
    super(`${problem.title}${problem.detail ? `: ${problem.detail}` : ''} (${problem.code})`);
    this.status = problem.status;
    this.code = problem.code;
  }

  /** The gate criteria that blocked a phase move (empty for other problems). */
  get unmetCriteria(): UnmetCriterion[] {
    return this.problem.unmetCriteria ?? [];
  }
}

/** The server could not be reached at all (refused, DNS, timeout, aborted). */
export class NetworkError extends RodtradClientError {
  override name = 'NetworkError';

  constructor(
    readonly method: string,
    readonly url: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`could not reach ${url} (${method}): ${reason}`, options);
  }
}

/** The server answered, but not with what the API promises (not JSON, wrong shape, not a problem). */
export class UnexpectedResponseError extends RodtradClientError {
  override name = 'UnexpectedResponseError';

  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    reason: string,
  ) {
    super(`unexpected answer from ${method} ${url} (HTTP ${status}): ${reason}`);
  }
}
