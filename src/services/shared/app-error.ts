import type { ErrorCode, UnmetCriterion } from '../../contracts/errors';

export interface AppErrorDetails {
  issues?: { path: string; message: string }[];
  unmetCriteria?: UnmetCriterion[];
}

/** The one error type the services throw; the server maps `code` to an HTTP status. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: AppErrorDetails = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string, id: string) =>
  new AppError('not-found', `${what} ${id} was not found`);
