export * from './identity-provider.port';
export * from './identity-provider.errors';
export { OidcIdentityProvider, type OidcIdentityProviderOptions } from './oidc/oidc-identity-provider';
export {
  FacebookIdentityProvider,
  FACEBOOK_GRAPH_VERSION,
  type FacebookIdentityProviderOptions,
} from './facebook/facebook-identity-provider';
export { configuredIdentityProviders, GOOGLE_ISSUER } from './configured-identity-providers';
