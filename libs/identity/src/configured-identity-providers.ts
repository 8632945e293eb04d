import { FacebookIdentityProvider } from './facebook/facebook-identity-provider';
import type { IdentityProvider } from './identity-provider.port';
import { OidcIdentityProvider } from './oidc/oidc-identity-provider';

export const GOOGLE_ISSUER = 'https://accounts.google.com';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The social logins the environment configures, in button order. A provider appears only when
 * both its client id and secret are set; one without the other is a deployment mistake and throws.
 */
export function configuredIdentityProviders(env: Env = process.env): IdentityProvider[] {
  const providers: IdentityProvider[] = [];
  const google = pair(env, 'GOOGLE');
  if (google) {
    providers.push(
      new OidcIdentityProvider({
        id: 'google',
        name: 'Google',
        issuer: value(env, 'GOOGLE_ISSUER') ?? GOOGLE_ISSUER,
        ...google,
      }),
    );
  }
  const facebook = pair(env, 'FACEBOOK');
  if (facebook) {
    const graphApiUrl = value(env, 'FACEBOOK_GRAPH_URL');
    const authorizationEndpoint = value(env, 'FACEBOOK_DIALOG_URL');
    providers.push(
      new FacebookIdentityProvider({
        ...facebook,
        trustEmail: value(env, 'FACEBOOK_TRUST_EMAIL') === 'true',
        ...(graphApiUrl ? { graphApiUrl } : {}),
        ...(authorizationEndpoint ? { authorizationEndpoint } : {}),
      }),
    );
  }
  return providers;
}

function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function pair(env: Env, prefix: string): { clientId: string; clientSecret: string } | undefined {
  const clientId = value(env, `${prefix}_CLIENT_ID`);
  const clientSecret = value(env, `${prefix}_CLIENT_SECRET`);
  if (clientId === undefined && clientSecret === undefined) return undefined;
  if (clientId === undefined || clientSecret === undefined) {
    const missing = clientId === undefined ? `${prefix}_CLIENT_ID` : `${prefix}_CLIENT_SECRET`;
    throw new Error(`${missing} is not set but its counterpart is: set both or neither`);
  }
  return { clientId, clientSecret };
}
