/**
 * The identity provider port (social login): an authorization-code round trip with an outside
 * provider that ends in who the user is there. The caller keeps the per-login secrets
 * (`state`, `nonce`, `codeVerifier`) between the two calls, e.g. in a short-lived httpOnly
 * cookie; the adapter checks the provider's answer against them.
 */
export type IdentityProviderId = 'google' | 'facebook' | (string & {});

export type ExternalIdentity = Readonly<{
  /** The `IdentityProvider.id` that vouched for this identity. */
  provider: IdentityProviderId;
  /** The provider's stable user id (`sub`, Facebook's app-scoped `id`); e-mails can change hands. */
  subject: string;
  email?: string;
  /** True only when the provider asserts it verified `email`. */
  emailVerified: boolean;
  name?: string;
}>;

export type AuthorizationRequest = Readonly<{
  /** Where to send the user's browser. */
  url: string;
  state: string;
  nonce?: string;
  codeVerifier: string;
}>;

export type ExpectedAuthorization = Readonly<{ state: string; nonce?: string; codeVerifier: string }>;

export type AuthorizationCallback = Readonly<{
  redirectUri: string;
  /**
   * What the provider sent back to the redirect URI. `iss` (RFC 9207) is checked when present;
   * a redirect URI per provider (`/auth/callback/{provider}`) already tells issuers apart.
   */
  callbackParams: Readonly<{ code: string; state: string; iss?: string }>;
  expected: ExpectedAuthorization;
}>;

export interface IdentityProvider {
  readonly id: IdentityProviderId;
  /** Shown on the login button ("Google"). */
  readonly name: string;
  authorizationRequest(input: { redirectUri: string }): Promise<AuthorizationRequest>;
  /** Exchanges the code and returns the verified identity, or throws an `IdentityProviderError`. */
  complete(input: AuthorizationCallback): Promise<ExternalIdentity>;
}
