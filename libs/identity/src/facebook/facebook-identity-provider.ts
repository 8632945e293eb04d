import { createHmac } from 'node:crypto';
import { IdentityProviderError, type IdentityProviderErrorCode } from '../identity-provider.errors';
import type {
  AuthorizationCallback,
  AuthorizationRequest,
  ExternalIdentity,
  IdentityProvider,
} from '../identity-provider.port';
import { pkceChallenge, randomToken, sameSecret } from '../secrets';

export const FACEBOOK_GRAPH_VERSION = 'v23.0';

export type FacebookIdentityProviderOptions = Readonly<{
  clientId: string;
  clientSecret: string;
  /**
   * Facebook does not say whether it verified an account's e-mail, so by default none counts as
   * verified (the account flow then confirms it by mail). Set true to trust Facebook's.
   */
  trustEmail?: boolean;
  /** Login dialog, default https://www.facebook.com/{version}/dialog/oauth. */
  authorizationEndpoint?: string;
  /** Graph API base, default https://graph.facebook.com/{version}; token and /me live under it. */
  graphApiUrl?: string;
  scope?: string;
  timeoutMs?: number;
}>;

type GraphError = { error?: { message?: string; type?: string; code?: number } };

/**
 * Facebook Login: OAuth 2.0, not OpenID Connect, so there is no ID token to verify. Authorization
 * code + state + PKCE S256; the code is exchanged at the Graph API's token endpoint with the app
 * secret, then `GET /me?fields=id,name,email` (with `appsecret_proof`) says who the user is.
 */
export class FacebookIdentityProvider implements IdentityProvider {
  readonly id = 'facebook';
  readonly name = 'Facebook';
  private readonly dialog: string;
  private readonly graph: string;

  constructor(private readonly options: FacebookIdentityProviderOptions) {
    this.dialog = options.authorizationEndpoint ?? `https://www.facebook.com/${FACEBOOK_GRAPH_VERSION}/dialog/oauth`;
    this.graph = (options.graphApiUrl ?? `https://graph.facebook.com/${FACEBOOK_GRAPH_VERSION}`).replace(/\/$/, '');
  }

  async authorizationRequest(input: { redirectUri: string }): Promise<AuthorizationRequest> {
    const state = randomToken();
    const codeVerifier = randomToken();
    const url = new URL(this.dialog);
    url.search = new URLSearchParams({
      client_id: this.options.clientId,
      redirect_uri: input.redirectUri,
      response_type: 'code',
      scope: this.options.scope ?? 'public_profile,email',
      state,
      code_challenge: pkceChallenge(codeVerifier),
      code_challenge_method: 'S256',
    }).toString();
    return { url: url.href, state, codeVerifier };
  }

  async complete({ redirectUri, callbackParams, expected }: AuthorizationCallback): Promise<ExternalIdentity> {
    if (!sameSecret(callbackParams.state, expected.state)) {
      throw this.error('state-mismatch', 'the callback state is not the one issued');
    }
    const token = new URL(`${this.graph}/oauth/access_token`);
    token.search = new URLSearchParams({
      client_id: this.options.clientId,
      client_secret: this.options.clientSecret,
      redirect_uri: redirectUri,
      code: callbackParams.code,
      code_verifier: expected.codeVerifier,
    }).toString();
    const tokenBody = await this.getJson(token, 'token-exchange-failed');
    const accessToken = tokenBody.access_token;
    if (typeof accessToken !== 'string' || accessToken === '') {
      throw this.error('token-exchange-failed', 'the token response has no access_token');
    }

    const me = new URL(`${this.graph}/me`);
    me.search = new URLSearchParams({
      fields: 'id,name,email',
      // Proves the call comes from the app's server: a token stolen elsewhere can't be replayed here.
      appsecret_proof: createHmac('sha256', this.options.clientSecret).update(accessToken).digest('hex'),
    }).toString();
    const profile = await this.getJson(me, 'profile-fetch-failed', accessToken);
    if (typeof profile.id !== 'string' || profile.id === '') {
      throw this.error('profile-fetch-failed', 'the /me response has no id');
    }
    const email = typeof profile.email === 'string' && profile.email !== '' ? profile.email : undefined;
    return {
      provider: this.id,
      subject: profile.id,
      ...(email !== undefined ? { email } : {}),
      emailVerified: email !== undefined && this.options.trustEmail === true,
      ...(typeof profile.name === 'string' ? { name: profile.name } : {}),
    };
  }

  private async getJson(
    url: URL,
    failure: IdentityProviderErrorCode,
    bearer?: string,
  ): Promise<Record<string, unknown>> {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
        redirect: 'error',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw this.error(failure, `request to ${url.origin}${url.pathname} failed`, error);
    }
    const body = (await response.json().catch(() => undefined)) as (Record<string, unknown> & GraphError) | undefined;
    if (!response.ok || body === undefined || body === null || typeof body !== 'object' || body.error !== undefined) {
      const reason = body?.error?.message ?? `HTTP ${response.status}`;
      throw this.error(failure, `${url.pathname} answered: ${reason}`);
    }
    return body;
  }

  private error(code: IdentityProviderErrorCode, message: string, cause?: unknown): IdentityProviderError {
    return new IdentityProviderError(code, this.id, message, cause === undefined ? undefined : { cause });
  }
}
