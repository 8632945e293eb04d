import type { Provider } from '@nestjs/common';
import { type IdentityProvider, configuredIdentityProviders } from '@booking/identity';

export const IDENTITY_PROVIDERS = Symbol('IdentityProviders');

/** Only providers configured by env (GOOGLE_*, FACEBOOK_*) exist; read when the app starts. */
export const identityProvidersProvider: Provider = {
  provide: IDENTITY_PROVIDERS,
  useFactory: (): IdentityProvider[] => configuredIdentityProviders(process.env),
};
