import * as oidc from 'openid-client';
import { IdentityProviderError } from '../identity-provider.errors';
import type {
  AuthorizationCallback,
  AuthorizationRequest,
  ExternalIdentity,
  IdentityProvider,
} from '../identity-provider.port';
import { sameSecret } from '../secrets';
import { classifyCodeGrantError } from './oidc-errors';

export type OidcIdentityProviderOptions = Readonly<{
  id: string;
  name: string;
  /** e.g. https://accounts.google.com; its `/.well-known/openid-configuration` is fetched once. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Default `openid email profile`. */
  scope?: string;
  /** Seconds per request to the provider (default 10). */
  timeoutSeconds?: number;
}>;

/**
 * Any OpenID Connect provider (Google included) through `openid-client`: authorization code with
 * PKCE S256, state and nonce. The ID token's signature (against the issuer's JWKS), issuer,
 * audience, expiry and nonce are all checked; e-mail and name come from the ID token, or from
 * UserInfo when the provider keeps them there. Plain http is allowed for loopback issuers only.
 */
export class OidcIdentityProvider implements IdentityProvider {
  readonly id: string;
  readonly name: string;
  private configuration: Promise<oidc.Configuration> | undefined;

  constructor(private readonly options: OidcIdentityProviderOptions) {
    this.id = options.id;
    this.name = options.name;
  }

  async authorizationRequest(input: { redirectUri: string }): Promise<AuthorizationRequest> {
    const config = await this.config();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: input.redirectUri,
      response_type: 'code',
      scope: this.options.scope ?? 'openid email profile',
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, state, nonce, codeVerifier };
  }

  async complete({ redirectUri, callbackParams, expected }: AuthorizationCallback): Promise<ExternalIdentity> {
    // Checked here, before the code is spent, so a forged callback costs the provider nothing.
    if (!sameSecret(callbackParams.state, expected.state)) {
      throw new IdentityProviderError('state-mismatch', this.id, 'the callback state is not the one issued');
    }
    if (expected.nonce === undefined) {
      throw new IdentityProviderError('nonce-mismatch', this.id, 'no nonce was kept for this login');
    }
    const config = await this.config();
    const issuer = config.serverMetadata().issuer;
    if (callbackParams.iss !== undefined && callbackParams.iss !== issuer) {
      throw new IdentityProviderError('issuer-mismatch', this.id, `the callback names issuer ${callbackParams.iss}`);
    }
    const callbackUrl = new URL(redirectUri);
    callbackUrl.searchParams.set('code', callbackParams.code);
    callbackUrl.searchParams.set('state', callbackParams.state);
    // RFC 9207: when the server sends `iss` the client must see it; the SPA may not forward it,
    // and the per-provider redirect URI already binds this response to this issuer.
    callbackUrl.searchParams.set('iss', issuer);

    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: expected.codeVerifier,
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      const [code, message] = classifyCodeGrantError(error);
      throw new IdentityProviderError(code, this.id, message, { cause: error });
    }
    const claims = tokens.claims();
    if (claims === undefined) throw new IdentityProviderError('invalid-id-token', this.id, 'no ID token');

    let profile: Record<string, unknown> = claims;
    if (claims.email === undefined && config.serverMetadata().userinfo_endpoint !== undefined) {
      try {
        profile = { ...(await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)), ...claims };
      } catch (error) {
        throw new IdentityProviderError('profile-fetch-failed', this.id, 'UserInfo request failed', { cause: error });
      }
    }
    const email = typeof profile.email === 'string' ? profile.email : undefined;
    return {
      provider: this.id,
      subject: claims.sub,
      ...(email !== undefined ? { email } : {}),
      // Some providers send the boolean as a string ("true").
      emailVerified: email !== undefined && (profile.email_verified === true || profile.email_verified === 'true'),
      ...(typeof profile.name === 'string' ? { name: profile.name } : {}),
    };
  }

  /** Discovers once; a failed discovery is retried by the next login rather than cached. */
  private config(): Promise<oidc.Configuration> {
    this.configuration ??= this.discover().catch((error: unknown) => {
      this.configuration = undefined;
      throw new IdentityProviderError('discovery-failed', this.id, `cannot discover ${this.options.issuer}`, {
        cause: error,
      });
    });
    return this.configuration;
  }

  private async discover(): Promise<oidc.Configuration> {
    const issuer = new URL(this.options.issuer);
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    const config = await oidc.discovery(
      issuer,
      this.options.clientId,
      undefined,
      oidc.ClientSecretBasic(this.options.clientSecret),
      {
        timeout: this.options.timeoutSeconds ?? 10,
        execute: issuer.protocol === 'http:' && loopback ? [oidc.allowInsecureRequests] : [],
      },
    );
    // openid-client trusts the TLS channel to the token endpoint by default; we also verify the signature.
    oidc.enableNonRepudiationChecks(config);
    return config;
  }
}
