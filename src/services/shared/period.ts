import { AppError } from './app-error';

type DateValue = string | null | undefined;

/**
 * The contracts check a period given whole in one request; an update may move one end past the
 * stored other end, so services check the merged result. `undefined` in the input means "unchanged".
 */
export function assertPeriodOrdered(
  names: { start: string; end: string },
  input: { start: DateValue; end: DateValue },
  stored?: { start: string | null; end: string | null },
): void {
  const start = input.start !== undefined ? input.start : (stored?.start ?? null);
  const end = input.end !== undefined ? input.end : (stored?.end ?? null);
  if (start && end && end < start) {
    throw new AppError('validation-failed', `${names.end} ${end} is before ${names.start} ${start}`, {
      issues: [{ path: names.end, message: `${names.end} must not be before ${names.start}` }],
    });
  }
}
