import type { KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

export type VerifiedClaims = {
  sub: string;
  roles?: unknown;
  name?: unknown;
  sid?: unknown;
  email_verified?: unknown;
  iat?: unknown;
  exp: number;
};

/**
 * Verifies ES256 access tokens against a prepared key and remembers verified tokens until they
 * expire (bounded, least recently used first). A token's bytes cannot change, so a remembered
 * verification stays valid; expiry is checked again on every use. Verification was the largest
 * cost per request before (an ECDSA check plus a PEM parse each time).
 */
export class TokenVerifier {
  private readonly cache = new Map<string, VerifiedClaims>();

  constructor(
    private readonly publicKey: KeyObject,
    private readonly options: { issuer: string; audience: string; maxCached?: number; now?: () => number },
  ) {}

  verify(token: string): VerifiedClaims {
    const now = Math.floor((this.options.now?.() ?? Date.now()) / 1000);
    const cached = this.cache.get(token);
    if (cached) {
      if (cached.exp > now) {
        this.cache.delete(token); // refresh recency
        this.cache.set(token, cached);
        return cached;
      }
      this.cache.delete(token);
      throw new jwt.TokenExpiredError('jwt expired', new Date(cached.exp * 1000));
    }
    const claims = jwt.verify(token, this.publicKey, {
      algorithms: ['ES256'],
      issuer: this.options.issuer,
      audience: this.options.audience,
      clockTimestamp: now,
    }) as jwt.JwtPayload;
    if (typeof claims.sub !== 'string' || !claims.sub || typeof claims.exp !== 'number') {
      throw new jwt.JsonWebTokenError('token needs sub and exp');
    }
    const verified: VerifiedClaims = {
      sub: claims.sub,
      roles: claims.roles,
      name: claims.name,
      sid: claims.sid,
      email_verified: claims.email_verified,
      iat: claims.iat,
      exp: claims.exp,
    };
    this.cache.set(token, verified);
    if (this.cache.size > (this.options.maxCached ?? 50_000))
      this.cache.delete(this.cache.keys().next().value as string);
    return verified;
  }
}
