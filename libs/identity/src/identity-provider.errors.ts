import type { IdentityProviderId } from './identity-provider.port';

export type IdentityProviderErrorCode =
  /** The callback's `state` is not the one this login started with (CSRF or a stale tab). */
  | 'state-mismatch'
  /** The ID token's `nonce` is not the one this login started with (a replayed or injected token). */
  | 'nonce-mismatch'
  /** The callback's `iss` names another issuer (mix-up attack). */
  | 'issuer-mismatch'
  /** The provider refused the code (expired, already used, wrong PKCE verifier, wrong client) or was unreachable. */
  | 'token-exchange-failed'
  /** Bad signature, issuer, audience, expiry or a missing claim in the ID token. */
  | 'invalid-id-token'
  /** The user's profile (UserInfo, Graph `/me`) could not be read or lacks a subject. */
  | 'profile-fetch-failed'
  /** The provider's metadata (OpenID discovery) could not be loaded. */
  | 'discovery-failed';

/** Every failure of a social login: the caller maps all of them to one 4xx and logs `code`. */
export class IdentityProviderError extends Error {
  override readonly name = 'IdentityProviderError';

  constructor(
    readonly code: IdentityProviderErrorCode,
    readonly provider: IdentityProviderId,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${provider}: ${message}`, options);
  }
}
