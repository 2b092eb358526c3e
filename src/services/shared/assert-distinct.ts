import { AppError } from './app-error';

/** A list of links may name each item once: twice is a mistake the caller must see, not a silent merge. */
export function assertDistinct(field: string, ids: readonly string[] | undefined): void {
  const repeated = ids?.find((id, index) => ids.indexOf(id) !== index);
  if (repeated) {
    throw new AppError('duplicate', `${field} lists ${repeated} more than once`, {
      issues: [{ path: field, message: `${repeated} is listed more than once` }],
    });
  }
}
