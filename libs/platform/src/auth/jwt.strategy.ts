import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { type Actor, ROLES, type Role } from '@booking/domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JWT_KEYS, type JwtKeys } from './jwt-keys';

/** Verifies ES256 bearer tokens (signature, expiry, issuer, audience) and turns them into an Actor. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(JWT_KEYS) keys: JwtKeys, @Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: keys.publicKeyPem,
      algorithms: ['ES256'],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      ignoreExpiration: false,
    });
  }

  validate(payload: { sub?: unknown; roles?: unknown; name?: unknown }): Actor & { name?: string } {
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => ROLES.includes(r)) : [];
    if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new Error('token has no subject');
    return { userId: payload.sub, roles, ...(typeof payload.name === 'string' ? { name: payload.name } : {}) };
  }
}
