import { createHash, createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IdentityProviderError } from '../identity-provider.errors';
import { FacebookIdentityProvider, type FacebookIdentityProviderOptions } from './facebook-identity-provider';

/**
 * A STAND-IN for Facebook's servers: Facebook has no public test server, so this tiny local Graph
 * API (node:http) mimics its token endpoint and `/me` as documented. It covers our HTTP handling
 * (parameters, PKCE, appsecret_proof, error bodies), not Facebook's actual behaviour.
 */
const APP = { clientId: 'fb-app', clientSecret: 'fb-secret' };
const REDIRECT = 'https://booking.example/auth/callback/facebook';
const codes = new Map<string, string>(); // code → PKCE challenge it was issued for
let me: Record<string, unknown> = { id: '1029384756', name: 'Faye Book', email: 'faye@example.com' };
let server: Server;
let graph: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url as string, graph);
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    const oauthError = (message: string) => reply(400, { error: { message, type: 'OAuthException', code: 100 } });
    const q = url.searchParams;
    if (url.pathname === '/v23.0/oauth/access_token') {
      const challenge = codes.get(q.get('code') ?? '');
      codes.delete(q.get('code') ?? ''); // a code is good once
      if (q.get('client_id') !== APP.clientId || q.get('client_secret') !== APP.clientSecret) {
        return oauthError('Error validating client secret.');
      }
      if (q.get('redirect_uri') !== REDIRECT) return oauthError('redirect_uri mismatch');
      if (challenge === undefined) return oauthError('This authorization code has been used.');
      const verifier = createHash('sha256')
        .update(q.get('code_verifier') ?? '')
        .digest('base64url');
      if (verifier !== challenge) return oauthError('Invalid code verifier.');
      return reply(200, { access_token: 'EAAB-token', token_type: 'bearer', expires_in: 5183944 });
    }
    if (url.pathname === '/v23.0/me') {
      if (req.headers.authorization !== 'Bearer EAAB-token') return oauthError('Invalid OAuth access token.');
      const proof = createHmac('sha256', APP.clientSecret).update('EAAB-token').digest('hex');
      if (q.get('appsecret_proof') !== proof) return oauthError('Invalid appsecret_proof provided.');
      if (q.get('fields') !== 'id,name,email') return oauthError('unexpected fields');
      return reply(200, me);
    }
    reply(404, { error: { message: 'Unknown path' } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  graph = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function provider(options: Partial<FacebookIdentityProviderOptions> = {}) {
  return new FacebookIdentityProvider({ ...APP, graphApiUrl: `${graph}/v23.0`, ...options });
}

/** Plays the Facebook login dialog: the user agrees, and a code bound to the PKCE challenge comes back. */
async function authorize(idp: FacebookIdentityProvider) {
  const request = await idp.authorizationRequest({ redirectUri: REDIRECT });
  const params = new URL(request.url).searchParams;
  const code = `code-${codes.size}-${Math.random()}`;
  codes.set(code, params.get('code_challenge') as string);
  const expected = { state: request.state, codeVerifier: request.codeVerifier };
  return { request, params, callbackParams: { code, state: request.state }, expected, redirectUri: REDIRECT };
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.catch((thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(IdentityProviderError);
  return (error as IdentityProviderError).code;
}

beforeEach(() => {
  me = { id: '1029384756', name: 'Faye Book', email: 'faye@example.com' };
});

it('sends the user to the login dialog with state and PKCE S256', async () => {
  const { request, params } = await authorize(provider());
  expect(request.url.startsWith('https://www.facebook.com/v23.0/dialog/oauth?')).toBe(true);
  expect(Object.fromEntries(params)).toMatchObject({
    client_id: 'fb-app',
    redirect_uri: REDIRECT,
    response_type: 'code',
    scope: 'public_profile,email',
    state: request.state,
    code_challenge_method: 'S256',
  });
  expect(request.nonce).toBeUndefined();
});

it('exchanges the code and reads /me; the e-mail is unverified by default', async () => {
  const { callbackParams, expected, redirectUri } = await authorize(provider());
  await expect(provider().complete({ redirectUri, callbackParams, expected })).resolves.toEqual({
    provider: 'facebook',
    subject: '1029384756',
    email: 'faye@example.com',
    emailVerified: false,
    name: 'Faye Book',
  });
});

it('counts the e-mail as verified when configured to trust Facebook', async () => {
  const idp = provider({ trustEmail: true });
  const { callbackParams, expected, redirectUri } = await authorize(idp);
  await expect(idp.complete({ redirectUri, callbackParams, expected })).resolves.toMatchObject({ emailVerified: true });
});

it('has no e-mail when the user withheld it', async () => {
  me = { id: '42', name: 'No Mail' };
  const idp = provider({ trustEmail: true });
  const { callbackParams, expected, redirectUri } = await authorize(idp);
  const identity = await idp.complete({ redirectUri, callbackParams, expected });
  expect(identity).toEqual({ provider: 'facebook', subject: '42', emailVerified: false, name: 'No Mail' });
});

it('refuses a tampered state without calling the Graph API', async () => {
  const { callbackParams, expected, redirectUri } = await authorize(provider());
  const tampered = { ...callbackParams, state: 'forged' };
  expect(await failure(provider().complete({ redirectUri, callbackParams: tampered, expected }))).toBe(
    'state-mismatch',
  );
  await expect(provider().complete({ redirectUri, callbackParams, expected })).resolves.toMatchObject({
    subject: '1029384756',
  });
});

it('fails the exchange with a wrong code verifier, a replayed code or a wrong secret', async () => {
  const first = await authorize(provider());
  const wrongVerifier = { ...first.expected, codeVerifier: 'x'.repeat(43) };
  expect(await failure(provider().complete({ ...first, expected: wrongVerifier }))).toBe('token-exchange-failed');
  const second = await authorize(provider());
  await provider().complete(second);
  expect(await failure(provider().complete(second))).toBe('token-exchange-failed');
  const third = await authorize(provider());
  expect(await failure(provider({ clientSecret: 'wrong' }).complete(third))).toBe('token-exchange-failed');
});

it('fails when /me answers without an id or with an error', async () => {
  me = { name: 'Nobody' };
  expect(await failure(provider().complete(await authorize(provider())))).toBe('profile-fetch-failed');
  const broken = provider({ graphApiUrl: `${graph}/v23.0/`, clientSecret: APP.clientSecret });
  me = { error: { message: 'rate limited' } };
  expect(await failure(broken.complete(await authorize(broken)))).toBe('profile-fetch-failed');
});

it('fails the exchange when the Graph API is unreachable', async () => {
  const idp = provider({ graphApiUrl: 'http://127.0.0.1:9/v23.0', timeoutMs: 2_000 });
  expect(await failure(idp.complete(await authorize(idp)))).toBe('token-exchange-failed');
});
