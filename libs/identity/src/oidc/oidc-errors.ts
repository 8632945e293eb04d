import * as oidc from 'openid-client';
import type { IdentityProviderErrorCode } from '../identity-provider.errors';

type Classified = [IdentityProviderErrorCode, string];

/**
 * Maps what `authorizationCodeGrant` throws to our codes. The token endpoint answering with an
 * OAuth error (`invalid_grant`: used or expired code, wrong PKCE verifier) or not answering is a
 * failed exchange; the ID token's nonce is told apart from its other checks.
 */
export function classifyCodeGrantError(error: unknown): Classified {
  if (error instanceof oidc.ResponseBodyError) {
    return ['token-exchange-failed', `token endpoint answered ${error.error}: ${error.error_description ?? ''}`];
  }
  if (error instanceof oidc.WWWAuthenticateChallengeError) {
    return ['token-exchange-failed', 'token endpoint refused the client authentication'];
  }
  if (!(error instanceof oidc.ClientError)) {
    // fetch failures (TypeError), timeouts (AbortError/TimeoutError).
    return ['token-exchange-failed', `token request failed: ${String(error)}`];
  }
  const inner = error.cause as { message?: string; cause?: { claim?: string } } | undefined;
  const detail = inner?.message ?? error.message;
  switch (error.code) {
    case 'OAUTH_RESPONSE_IS_NOT_CONFORM':
    case 'OAUTH_RESPONSE_IS_NOT_JSON':
    case 'OAUTH_PARSE_ERROR':
      return ['token-exchange-failed', `unusable token response: ${detail}`];
    case 'OAUTH_JWT_CLAIM_COMPARISON_FAILED':
      return inner?.cause?.claim === 'nonce'
        ? ['nonce-mismatch', 'the ID token nonce is not the one issued']
        : ['invalid-id-token', detail];
    default:
      return ['invalid-id-token', detail];
  }
}
