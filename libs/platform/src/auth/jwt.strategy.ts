import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
type Request = { headers?: Record<string, string | string[] | undefined> };
import { Strategy } from 'passport-strategy';
import { type Actor, ROLES, type Role } from '@booking/domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JWT_KEYS, type JwtKeys } from './jwt-keys';
import { ProblemException, problem } from '../problem/problem';
import { Revocations } from './revocations';
import { TokenVerifier } from './token-verifier';

/** The caller as the HTTP layer knows it. */
export type AuthenticatedActor = Actor & { name?: string; sessionId?: string; emailVerified: boolean };

/**
 * Passport strategy for `Authorization: Bearer <ES256 JWT>` (signature, expiry, issuer, audience),
 * refusing tokens whose session has ended or whose user was disabled since (Revocations).
 */
class BearerJwtStrategy extends Strategy {
  name = 'jwt';
  constructor(
    private readonly verifier: TokenVerifier,
    private readonly revocations: Revocations,
  ) {
    super();
  }
  override authenticate(request: Request): void {
    const header = request.headers?.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) return this.fail('missing bearer token', 401);
    try {
      const claims = this.verifier.verify(match[1]);
      // Fail closed: while the list cannot follow the log, a revoked token would pass unnoticed.
      if (!this.revocations.current) return this.error(stale());
      if (this.revocations.isRevoked(claims)) return this.fail('the session has ended', 401);
      const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is Role => ROLES.includes(r)) : [];
      const actor: AuthenticatedActor = {
        userId: claims.sub,
        roles,
        ...(typeof claims.name === 'string' ? { name: claims.name } : {}),
        ...(typeof claims.sid === 'string' ? { sessionId: claims.sid } : {}),
        // Tokens are only minted by us; an unverified account's tokens say so explicitly.
        emailVerified: claims.email_verified !== false,
      };
      this.success(actor);
    } catch (error) {
      this.fail(error instanceof Error ? error.message : 'invalid token', 401);
    }
  }
}

const stale = () =>
  new ProblemException(
    problem(
      503,
      'revocations-unavailable',
      'Service Unavailable',
      'Sign-ins cannot be checked right now; retry shortly',
    ),
    { 'retry-after': '5' },
  );

@Injectable()
export class JwtStrategy extends PassportStrategy(BearerJwtStrategy, 'jwt') {
  constructor(@Inject(JWT_KEYS) keys: JwtKeys, @Inject(APP_CONFIG) config: AppConfig, revocations: Revocations) {
    super(new TokenVerifier(keys.publicKey, { issuer: config.jwt.issuer, audience: config.jwt.audience }), revocations);
  }
  validate(actor: Actor): Actor {
    return actor;
  }
}
