import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import type { Role } from '@booking/domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JWT_KEYS, type JwtKeys } from './jwt-keys';

/** `sid`: the session (refresh family) the token belongs to; `email_verified` only when false matters. */
export type AccessTokenClaims = { sub: string; roles: Role[]; name?: string; sid?: string; email_verified?: boolean };

/** Mints access tokens with the private key (accounts issue them; the demo and tests use this too). */
@Injectable()
export class TokenIssuer {
  constructor(
    @Inject(JWT_KEYS) private readonly keys: JwtKeys,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issue(claims: AccessTokenClaims, ttlSeconds = this.config.jwt.accessTokenTtlSeconds): string {
    if (!this.keys.privateKey) throw new Error('This process holds no JWT private key');
    const { sub, ...rest } = claims;
    return jwt.sign(rest, this.keys.privateKey, {
      algorithm: 'ES256',
      subject: sub,
      issuer: this.config.jwt.issuer,
      audience: this.config.jwt.audience,
      expiresIn: ttlSeconds,
    });
  }
}
