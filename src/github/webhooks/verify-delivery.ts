import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../services/shared/app-error';

/** X-Hub-Signature-256: "sha256=" + hex HMAC-SHA256 of the raw body, compared in constant time. */
export function signatureMatches(secret: string, body: Buffer, header: string | null): boolean {
  if (!header?.startsWith('sha256=')) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(body).digest('hex'), 'utf8');
  const given = Buffer.from(header.slice('sha256='.length), 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * A delivery's payload, once its signature matches the raw bytes: nothing of a delivery is read
 * before that. Refuses an unsigned or forged delivery, and one that is not JSON.
 */
export function verifiedPayload(
  secret: string | null | undefined,
  rawBody: Buffer,
  signature: string | null,
): { payload: unknown; action: string | null } {
  if (!secret) {
    throw new AppError(
      'github-not-configured',
      'GITHUB_WEBHOOK_SECRET is not set: deliveries cannot be verified',
    );
  }
  if (!signatureMatches(secret, rawBody, signature)) {
    throw new AppError(
      'signature-invalid',
      'X-Hub-Signature-256 does not match the body and the webhook secret',
    );
  }
  let payload: unknown;
  try {
    payload = JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw new AppError('validation-failed', 'the delivery body is not JSON');
  }
  const action = (payload as { action?: unknown } | null)?.action;
  return { payload, action: typeof action === 'string' ? action : null };
}
