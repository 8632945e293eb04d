import { createHash } from 'node:crypto';
import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { JWT_KEYS, type JwtKeys } from './jwt-keys';

/** The public key as a JWK Set, so other services verify access tokens without the private key. */
@ApiTags('auth')
@Controller('.well-known')
export class JwksController {
  private readonly body: { keys: Record<string, unknown>[] };

  constructor(@Inject(JWT_KEYS) keys: JwtKeys) {
    const jwk = keys.publicKey.export({ format: 'jwk' });
    const kid = createHash('sha256').update(keys.publicKeyPem).digest('base64url').slice(0, 16);
    this.body = { keys: [{ ...jwk, kid, alg: 'ES256', use: 'sig' }] };
  }

  @Get('jwks.json')
  @Header('cache-control', 'public, max-age=300')
  @ApiOkResponse({
    description: 'JWK Set with the ES256 public key',
    schema: {
      type: 'object',
      required: ['keys'],
      properties: { keys: { type: 'array', items: { type: 'object', required: ['kty', 'kid'] } } },
    },
  })
  jwks() {
    return this.body;
  }
}
