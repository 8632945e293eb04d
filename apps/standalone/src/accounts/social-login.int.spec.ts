import {
  type OidcTestProvider,
  startOidcTestProvider,
} from '../../../../libs/identity/src/testing/start-oidc-test-provider';
import { loginThroughBrowser } from '../../../../libs/identity/src/testing/oidc-browser-login';
import { type TestApp, expectProblem, startTestApp } from '../testing/test-app';
import { signUp } from '../testing/accounts';

/** The whole social-login flow over our HTTP API, against a real OpenID Connect provider (oidc-provider). */
describe('social login with OpenID Connect', () => {
  let provider: OidcTestProvider;
  let t: TestApp;
  const publicUrl = 'http://127.0.0.1:9';
  const saved = { ...process.env };

  beforeAll(async () => {
    provider = await startOidcTestProvider(20_000, { OIDC_TEST_REDIRECT_URIS: `${publicUrl}/auth/callback/google` });
    Object.assign(process.env, {
      GOOGLE_CLIENT_ID: provider.clientId,
      GOOGLE_CLIENT_SECRET: provider.clientSecret,
      GOOGLE_ISSUER: provider.issuer,
    });
    t = await startTestApp({ env: { PUBLIC_URL: publicUrl } });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await provider?.stop();
    process.env = saved;
  });

  async function startFlow() {
    const start = await fetch(`${t.url}/api/auth/oidc/google/start`, { method: 'POST' });
    expect(start.status).toBe(200);
    const cookie = start.headers.get('set-cookie')!.split(';')[0];
    const { authorizationUrl } = await start.json();
    return { cookie, authorizationUrl: authorizationUrl as string };
  }
  const callback = (cookie: string | undefined, body: unknown) =>
    fetch(`${t.url}/api/auth/oidc/google/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });

  it('shows only configured providers', async () => {
    expect((await t.call('GET', '/api/auth/providers')).body.items).toEqual([{ id: 'google', name: 'Google' }]);
  });

  it('signs in with PKCE, state and nonce, creating a verified account for a new address', async () => {
    const { cookie, authorizationUrl } = await startFlow();
    expect(authorizationUrl).toMatch(/code_challenge_method=S256/);
    const params = await loginThroughBrowser(authorizationUrl, `${publicUrl}/auth/callback/google`, provider.account);
    const answer = await callback(cookie, params);
    expect(answer.status).toBe(200);
    const body = await answer.json();
    expect(body.user).toMatchObject({ emailVerified: true, roles: ['attendee'] });
    expect(answer.headers.get('set-cookie')).toMatch(/refresh_token=/);
  });

  it('links to an existing account with the same verified address', async () => {
    const { cookie, authorizationUrl } = await startFlow();
    const params = await loginThroughBrowser(authorizationUrl, `${publicUrl}/auth/callback/google`, provider.account);
    const first = await (await callback(cookie, params)).json();
    const again = await startFlow();
    const second = await (
      await callback(
        again.cookie,
        await loginThroughBrowser(again.authorizationUrl, `${publicUrl}/auth/callback/google`, provider.account),
      )
    ).json();
    expect(second.user.id).toBe(first.user.id);
  });

  it('refuses a forged state, a missing or foreign flow cookie, and an unknown provider', async () => {
    const { cookie, authorizationUrl } = await startFlow();
    const params = await loginThroughBrowser(authorizationUrl, `${publicUrl}/auth/callback/google`, provider.account);
    expectProblem({ ...(await jsonOf(await callback(cookie, { ...params, state: 'forged' }))) }, 400);
    expectProblem({ ...(await jsonOf(await callback(undefined, params))) }, 400);
    expectProblem({ ...(await jsonOf(await callback('oidc_flow=tampered.value', params))) }, 400);
    expect((await fetch(`${t.url}/api/auth/oidc/myspace/start`, { method: 'POST' })).status).toBe(404);
  });

  it('keeps password accounts working beside it', async () => {
    expect((await signUp(t, 'plain@example.com')).user.roles).toEqual(['attendee']);
  });
});

async function jsonOf(response: Response) {
  return { status: response.status, headers: response.headers, body: await response.json() };
}
