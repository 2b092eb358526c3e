import { createPublicKey, randomBytes, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { OwnerRecord } from './fake-model';

export interface FakeAppOptions {
  appId: number;
  publicKeyPem: string;
}

export interface InstallationRecord {
  id: number;
  nodeId: string;
  owner: OwnerRecord;
}

/** Who a request is, from its Authorization header. */
export type Identity =
  | { kind: 'anonymous' }
  | { kind: 'token' }
  | { kind: 'installation'; installation: InstallationRecord }
  | { kind: 'app-jwt' }
  | { kind: 'invalid'; message: string };

/** Installation tokens live an hour, as GitHub's do. */
const TOKEN_LIFETIME_MS = 60 * 60 * 1000;
/** GitHub refuses app JWTs that expire more than ten minutes from now. */
const MAX_JWT_LIFETIME_S = 10 * 60;
/** Clock drift GitHub tolerates on `iat`. */
const DRIFT_S = 60;

interface IssuedToken {
  installation: InstallationRecord;
  expiresMs: number;
}

/**
 * Authentication as GitHub does it for an app: a JWT signed RS256 with the app's private key for the
 * /app routes and the installation look-ups, then installation tokens for everything else. Plain
 * tokens are accepted when listed in `tokens` (or any token when no list is given).
 */
export class AppAuth {
  private readonly publicKey: KeyObject | null;
  private readonly installationsByOwner = new Map<number, InstallationRecord>();
  readonly installationsById = new Map<number, InstallationRecord>();
  private readonly issued = new Map<string, IssuedToken>();

  constructor(
    private readonly app: FakeAppOptions | undefined,
    private readonly tokens: string[] | undefined,
    private readonly nowMs: () => number,
    private readonly newId: () => number,
  ) {
    this.publicKey = app ? createPublicKey(app.publicKeyPem) : null;
  }

  get appId(): number | null {
    return this.app?.appId ?? null;
  }

  /** The app's installation on an owner (made on first use); null when no app is configured. */
  installationFor(owner: OwnerRecord): InstallationRecord | null {
    if (!this.app) return null;
    let installation = this.installationsByOwner.get(owner.id);
    if (!installation) {
      const id = this.newId();
      installation = { id, nodeId: `MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9u${id}`, owner };
      this.installationsByOwner.set(owner.id, installation);
      this.installationsById.set(id, installation);
    }
    return installation;
  }

  issueToken(installation: InstallationRecord): { token: string; expiresAt: string } {
    const token = `ghs_${randomBytes(18).toString('base64url')}`;
    const expiresMs = this.nowMs() + TOKEN_LIFETIME_MS;
    this.issued.set(token, { installation, expiresMs });
    return { token, expiresAt: new Date(expiresMs).toISOString().replace(/\.\d{3}Z$/, 'Z') };
  }

  identify(authorization: string | undefined): Identity {
    if (!authorization) return { kind: 'anonymous' };
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization.trim());
    const credential = match?.[1];
    if (!credential) return { kind: 'invalid', message: 'Bad credentials' };
    if (credential.split('.').length === 3) return this.checkJwt(credential);
    const issued = this.issued.get(credential);
    if (issued) {
      return issued.expiresMs > this.nowMs()
        ? { kind: 'installation', installation: issued.installation }
        : { kind: 'invalid', message: 'Bad credentials' };
    }
    if (this.tokens && !this.tokens.includes(credential))
      return { kind: 'invalid', message: 'Bad credentials' };
    return { kind: 'token' };
  }

  private checkJwt(jwt: string): Identity {
    if (!this.publicKey || !this.app)
      return { kind: 'invalid', message: 'A JSON web token could not be decoded' };
    const [header, payload, signature] = jwt.split('.') as [string, string, string];
    let claims: { iat?: unknown; exp?: unknown; iss?: unknown; alg?: unknown };
    let alg: unknown;
    try {
      alg = (JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: unknown }).alg;
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims;
    } catch (error) {
      return { kind: 'invalid', message: `A JSON web token could not be decoded (${String(error)})` };
    }
    if (alg !== 'RS256') return { kind: 'invalid', message: 'A JSON web token could not be decoded' };
    const signed = verify(
      'RSA-SHA256',
      Buffer.from(`${header}.${payload}`),
      this.publicKey,
      Buffer.from(signature, 'base64url'),
    );
    if (!signed) return { kind: 'invalid', message: 'A JSON web token could not be decoded' };
    const now = this.nowMs() / 1000;
    if (typeof claims.iat !== 'number' || claims.iat > now + DRIFT_S) {
      return {
        kind: 'invalid',
        message: "'Issued at' claim ('iat') must be an Integer representing a time in the past",
      };
    }
    if (typeof claims.exp !== 'number' || claims.exp <= now) {
      return {
        kind: 'invalid',
        message:
          "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires",
      };
    }
    if (claims.exp - now > MAX_JWT_LIFETIME_S + DRIFT_S) {
      return { kind: 'invalid', message: "'Expiration time' claim ('exp') is too far in the future" };
    }
    if (String(claims.iss) !== String(this.app.appId)) {
      return { kind: 'invalid', message: "'Issuer' claim ('iss') must be an Integer" };
    }
    return { kind: 'app-jwt' };
  }
}
