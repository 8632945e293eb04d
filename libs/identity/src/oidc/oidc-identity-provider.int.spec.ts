import { IdentityProviderError, type IdentityProviderErrorCode } from '../identity-provider.errors';
import { loginThroughBrowser } from '../testing/oidc-browser-login';
import { startOidcTestProvider, type OidcTestProvider } from '../testing/start-oidc-test-provider';
import { OidcIdentityProvider } from './oidc-identity-provider';

/**
 * The OIDC adapter against a real OpenID Connect provider (`oidc-provider`, run in a child process
 * on loopback): discovery, the browser round trip, the code exchange, and the ID token checks.
 */
let server: OidcTestProvider;
let idp: OidcIdentityProvider;

beforeAll(async () => {
  server = await startOidcTestProvider();
  idp = new OidcIdentityProvider({
    id: 'test-oidc',
    name: 'Test OIDC',
    issuer: server.issuer,
    clientId: server.clientId,
    clientSecret: server.clientSecret,
  });
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

async function login(account = server.account) {
  const request = await idp.authorizationRequest({ redirectUri: server.redirectUri });
  const callbackParams = await loginThroughBrowser(request.url, server.redirectUri, account);
  const expected = { state: request.state, nonce: request.nonce, codeVerifier: request.codeVerifier };
  return { request, callbackParams, expected, redirectUri: server.redirectUri };
}

async function failure(promise: Promise<unknown>): Promise<IdentityProviderErrorCode> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(IdentityProviderError);
  return (error as IdentityProviderError).code;
}

it('asks for the code with PKCE S256, state and nonce', async () => {
  const { url, state, nonce, codeVerifier } = await idp.authorizationRequest({ redirectUri: server.redirectUri });
  const params = new URL(url).searchParams;
  expect(url.startsWith(`${server.issuer}/`)).toBe(true);
  expect(params.get('response_type')).toBe('code');
  expect(params.get('code_challenge_method')).toBe('S256');
  expect(params.get('code_challenge')).not.toBe(codeVerifier);
  expect(params.get('state')).toBe(state);
  expect(params.get('nonce')).toBe(nonce);
  expect(params.get('scope')).toBe('openid email profile');
});

it('completes the authorization-code flow into an external identity', async () => {
  const { callbackParams, expected, redirectUri } = await login();
  expect(callbackParams.iss).toBe(server.issuer);
  await expect(idp.complete({ redirectUri, callbackParams, expected })).resolves.toEqual({
    provider: 'test-oidc',
    subject: 'alice',
    email: 'alice@example.com',
    emailVerified: true,
    name: 'Alice Example',
  });
});

it('passes on an unverified e-mail as unverified', async () => {
  const { callbackParams, expected, redirectUri } = await login('bob');
  const identity = await idp.complete({ redirectUri, callbackParams, expected });
  expect(identity).toMatchObject({ subject: 'bob', email: 'bob@example.com', emailVerified: false });
});

it('works without the iss parameter (the SPA posts only code and state)', async () => {
  const { callbackParams, expected, redirectUri } = await login();
  const { code, state } = callbackParams;
  await expect(idp.complete({ redirectUri, callbackParams: { code, state }, expected })).resolves.toMatchObject({
    subject: 'alice',
  });
});

it('refuses a tampered state before spending the code', async () => {
  const { callbackParams, expected, redirectUri } = await login();
  const tampered = { ...callbackParams, state: `${callbackParams.state}x` };
  expect(await failure(idp.complete({ redirectUri, callbackParams: tampered, expected }))).toBe('state-mismatch');
  // The code is still good: nothing was sent to the provider.
  await expect(idp.complete({ redirectUri, callbackParams, expected })).resolves.toMatchObject({ subject: 'alice' });
});

it('refuses a callback naming another issuer', async () => {
  const { callbackParams, expected, redirectUri } = await login();
  const mixedUp = { ...callbackParams, iss: 'https://evil.example' };
  expect(await failure(idp.complete({ redirectUri, callbackParams: mixedUp, expected }))).toBe('issuer-mismatch');
});

it('refuses an ID token whose nonce is not the one kept for this login', async () => {
  const { callbackParams, expected, redirectUri } = await login();
  const wrong = { ...expected, nonce: 'some-other-login-nonce' };
  expect(await failure(idp.complete({ redirectUri, callbackParams, expected: wrong }))).toBe('nonce-mismatch');
});

it('fails the exchange with a wrong PKCE code verifier', async () => {
  const { callbackParams, expected, redirectUri } = await login();
  const wrong = { ...expected, codeVerifier: 'W'.repeat(43) };
  expect(await failure(idp.complete({ redirectUri, callbackParams, expected: wrong }))).toBe('token-exchange-failed');
});

it('fails a replayed code', async () => {
  const { callbackParams, expected, redirectUri } = await login();
  await idp.complete({ redirectUri, callbackParams, expected });
  expect(await failure(idp.complete({ redirectUri, callbackParams, expected }))).toBe('token-exchange-failed');
});

it('fails an exchange for another redirect URI than the one authorized', async () => {
  const { callbackParams, expected } = await login();
  const elsewhere = `${server.issuer}/elsewhere`;
  expect(await failure(idp.complete({ redirectUri: elsewhere, callbackParams, expected }))).toBe(
    'token-exchange-failed',
  );
});

it('fails the exchange for a client the code was not issued to', async () => {
  // The token endpoint refuses the client before any ID token exists; the ID token's own checks
  // (signature, audience, issuer, expiry) are exercised in oidc-id-token.int.spec.ts.
  const other = new OidcIdentityProvider({ ...idpOptions(), clientId: 'not-registered' });
  const { callbackParams, expected, redirectUri } = await login();
  expect(await failure(other.complete({ redirectUri, callbackParams, expected }))).toBe('token-exchange-failed');
});

it('reports an unreachable issuer as a discovery failure', async () => {
  const nowhere = new OidcIdentityProvider({ ...idpOptions(), issuer: 'http://127.0.0.1:9/' });
  expect(await failure(nowhere.authorizationRequest({ redirectUri: server.redirectUri }))).toBe('discovery-failed');
});

function idpOptions() {
  return {
    id: 'test-oidc',
    name: 'Test OIDC',
    issuer: server.issuer,
    clientId: server.clientId,
    clientSecret: server.clientSecret,
  };
}
