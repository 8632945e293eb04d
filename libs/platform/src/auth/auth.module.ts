import { Global, Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JWT_KEYS, resolveJwtKeys } from './jwt-keys';
import { JwtStrategy } from './jwt.strategy';
import { revocationProviders } from './revocation-feed';
import { Revocations } from './revocations';
import { TokenIssuer } from './token-issuer';

@Global()
@Module({
  imports: [PassportModule.register({ session: false })],
  providers: [
    { provide: JWT_KEYS, useFactory: (config: AppConfig) => resolveJwtKeys(config), inject: [APP_CONFIG] },
    JwtStrategy,
    TokenIssuer,
    ...revocationProviders,
  ],
  exports: [JWT_KEYS, TokenIssuer, Revocations],
})
export class AuthModule {}
