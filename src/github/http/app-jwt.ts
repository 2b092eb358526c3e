import { createPrivateKey, sign } from 'node:crypto';

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

/**
 * The JSON Web Token a GitHub App authenticates with (RS256). `iat` is set a minute back because
 * GitHub refuses tokens issued "in the future" by a clock slightly ahead; `exp` stays under GitHub's
 * ten-minute maximum for the same reason.
 */
export function createAppJwt(appId: number, privateKeyPem: string, nowMs: number): string {
  const now = Math.floor(nowMs / 1000);
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ iat: now - 60, exp: now + 540, iss: String(appId) }));
  const signingInput = `${header}.${payload}`;
  let key;
  try {
    key = createPrivateKey(privateKeyPem);
  } catch (err) {
    // The message never quotes the key; OpenSSL's reason (kept as cause) names only the decoder.
    throw new Error(`the private key of GitHub App ${appId} is not a valid PEM key`, { cause: err });
  }
  const signature = sign('RSA-SHA256', Buffer.from(signingInput), key);
  return `${signingInput}.${base64url(signature)}`;
}
