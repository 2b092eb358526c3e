import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../services/shared/app-error';

/** Entities carry a version that every write bumps; the ETag is that version. */
export const etagOf = (version: number): string => `"v${version}"`;

export function setEtag(reply: FastifyReply, entity: { version: number }): void {
  void reply.header('etag', etagOf(entity.version));
}

/**
 * Writes must say which version they change, so a write based on a stale read is refused (412)
 * instead of silently overwriting someone else's change.
 */
export function requiredVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (!header) throw new AppError('precondition-required', 'send If-Match with the ETag you read');
  const match = /^(?:W\/)?"v(\d{1,9})"$/.exec(header.trim());
  if (!match?.[1])
    throw new AppError('precondition-failed', `If-Match ${header} is not an ETag of this resource`);
  return Number(match[1]);
}
