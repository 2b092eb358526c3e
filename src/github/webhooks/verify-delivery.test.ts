import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../services/shared/app-error';
import { signatureMatches, verifiedPayload } from './verify-delivery';

const SECRET = 'a-webhook-secret-of-length';
const sign = (body: string, secret = SECRET) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof AppError ? err.code : 'not an AppError';
  }
  return 'no error';
};

describe('verifying a webhook delivery', () => {
  const body = '{"action":"closed","issue":{"node_id":"I_1"}}';

  it('accepts GitHub’s signature of the exact bytes, and reads the action', () => {
    expect(signatureMatches(SECRET, Buffer.from(body), sign(body))).toBe(true);
    expect(verifiedPayload(SECRET, Buffer.from(body), sign(body))).toEqual({
      payload: { action: 'closed', issue: { node_id: 'I_1' } },
      action: 'closed',
    });
  });

  it('refuses another secret, other bytes, a missing or malformed header', () => {
    expect(signatureMatches(SECRET, Buffer.from(body), sign(body, 'another-secret'))).toBe(false);
    expect(signatureMatches(SECRET, Buffer.from(`${body} `), sign(body))).toBe(false);
    expect(signatureMatches(SECRET, Buffer.from(body), null)).toBe(false);
    expect(signatureMatches(SECRET, Buffer.from(body), sign(body).replace('sha256=', 'sha1='))).toBe(false);
    expect(signatureMatches(SECRET, Buffer.from(body), `${sign(body)}00`)).toBe(false);
    expect(codeOf(() => verifiedPayload(SECRET, Buffer.from(body), null))).toBe('signature-invalid');
  });

  it('refuses every delivery without a secret, and a signed body that is not JSON', () => {
    expect(codeOf(() => verifiedPayload(null, Buffer.from(body), sign(body)))).toBe('github-not-configured');
    expect(codeOf(() => verifiedPayload(SECRET, Buffer.from('not json'), sign('not json')))).toBe(
      'validation-failed',
    );
  });
});
