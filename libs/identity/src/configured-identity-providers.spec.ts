import { configuredIdentityProviders } from './configured-identity-providers';
import { FacebookIdentityProvider } from './facebook/facebook-identity-provider';
import { OidcIdentityProvider } from './oidc/oidc-identity-provider';

describe('configuredIdentityProviders', () => {
  it('is empty when nothing is configured', () => {
    expect(configuredIdentityProviders({})).toEqual([]);
  });

  it('lists only the configured providers, Google first', () => {
    const both = configuredIdentityProviders({
      FACEBOOK_CLIENT_ID: 'fb',
      FACEBOOK_CLIENT_SECRET: 'fb-secret',
      GOOGLE_CLIENT_ID: 'g',
      GOOGLE_CLIENT_SECRET: 'g-secret',
    });
    expect(both.map((p) => [p.id, p.name])).toEqual([
      ['google', 'Google'],
      ['facebook', 'Facebook'],
    ]);
    expect(both[0]).toBeInstanceOf(OidcIdentityProvider);
    expect(both[1]).toBeInstanceOf(FacebookIdentityProvider);
    expect(
      configuredIdentityProviders({ FACEBOOK_CLIENT_ID: 'fb', FACEBOOK_CLIENT_SECRET: 's' }).map((p) => p.id),
    ).toEqual(['facebook']);
  });

  it('treats blank values as unset', () => {
    expect(configuredIdentityProviders({ GOOGLE_CLIENT_ID: ' ', GOOGLE_CLIENT_SECRET: '' })).toEqual([]);
  });

  it('refuses half a configuration rather than silently hiding the button', () => {
    expect(() => configuredIdentityProviders({ GOOGLE_CLIENT_ID: 'g' })).toThrow(/GOOGLE_CLIENT_SECRET/);
    expect(() => configuredIdentityProviders({ FACEBOOK_CLIENT_SECRET: 's' })).toThrow(/FACEBOOK_CLIENT_ID/);
  });

  it('points the Facebook adapter at configured endpoints', async () => {
    const [facebook] = configuredIdentityProviders({
      FACEBOOK_CLIENT_ID: 'fb',
      FACEBOOK_CLIENT_SECRET: 's',
      FACEBOOK_DIALOG_URL: 'http://127.0.0.1:1/dialog',
    });
    const { url } = await (facebook as FacebookIdentityProvider).authorizationRequest({ redirectUri: 'http://x/cb' });
    expect(url.startsWith('http://127.0.0.1:1/dialog?client_id=fb&')).toBe(true);
  });
});
