import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IdentityProviderError } from '../identity-provider.errors';
import { OidcIdentityProvider } from './oidc-identity-provider';

/**
 * The ID token checks a real provider never lets us see fail (bad signature, audience, issuer,
 * expiry). A hand-written issuer on loopback, a stand-in, not a real provider: it serves
 * discovery, a JWKS and a token endpoint that returns whatever ID token the test mints.
 */
const trusted = generateKeyPairSync('rsa', { modulusLength: 2048 });
const rogue = generateKeyPairSync('rsa', { modulusLength: 2048 });
let server: Server;
let issuer: string;
let mint: (nonce: string) => Record<string, unknown> = () => ({});
let signingKey: KeyObject = trusted.privateKey;

function jwt(claims: Record<string, unknown>, key: KeyObject): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const input = `${encode({ alg: 'RS256', kid: 'k1', typ: 'JWT' })}.${encode(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

let lastNonce = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const json = (body: unknown) => res.setHeader('content-type', 'application/json').end(JSON.stringify(body));
    if (req.url === '/.well-known/openid-configuration') {
      return json({
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        id_token_signing_alg_values_supported: ['RS256'],
      });
    }
    if (req.url === '/jwks') {
      return json({ keys: [{ ...trusted.publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' }] });
    }
    if (req.url === '/token' && req.method === 'POST') {
      req.resume();
      return req.on('end', () =>
        json({ access_token: 'at', token_type: 'Bearer', expires_in: 60, id_token: jwt(mint(lastNonce), signingKey) }),
      );
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function completeWith(claims: (nonce: string, now: number) => Record<string, unknown>, key = trusted) {
  signingKey = key.privateKey;
  const idp = new OidcIdentityProvider({
    id: 'stand-in',
    name: 'Stand-in',
    issuer,
    clientId: 'client',
    clientSecret: 's',
  });
  const redirectUri = 'http://127.0.0.1/cb';
  const request = await idp.authorizationRequest({ redirectUri });
  lastNonce = new URL(request.url).searchParams.get('nonce') as string;
  mint = (nonce) => claims(nonce, Math.floor(Date.now() / 1000));
  return idp.complete({
    redirectUri,
    callbackParams: { code: 'c', state: request.state },
    expected: { state: request.state, nonce: request.nonce, codeVerifier: request.codeVerifier },
  });
}

const good = (nonce: string, now: number) => ({
  iss: issuer,
  aud: 'client',
  sub: 'user-1',
  nonce,
  iat: now,
  exp: now + 300,
  email: 'u@example.com',
  email_verified: 'true',
});

async function code(promise: Promise<unknown>) {
  const error = await promise.catch((thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(IdentityProviderError);
  return (error as IdentityProviderError).code;
}

it('accepts a well-formed token (the stand-in is faithful)', async () => {
  await expect(completeWith(good)).resolves.toEqual({
    provider: 'stand-in',
    subject: 'user-1',
    email: 'u@example.com',
    emailVerified: true,
  });
});

it('refuses a token signed by a key the issuer does not publish', async () => {
  expect(await code(completeWith(good, rogue))).toBe('invalid-id-token');
});

it('refuses a token for another audience', async () => {
  expect(await code(completeWith((n, t) => ({ ...good(n, t), aud: 'someone-else' })))).toBe('invalid-id-token');
});

it('refuses a token from another issuer', async () => {
  expect(await code(completeWith((n, t) => ({ ...good(n, t), iss: 'https://evil.example' })))).toBe('invalid-id-token');
});

it('refuses an expired token', async () => {
  expect(await code(completeWith((n, t) => ({ ...good(n, t), iat: t - 3600, exp: t - 600 })))).toBe('invalid-id-token');
});

it('refuses a token without the nonce it was asked to carry', async () => {
  expect(await code(completeWith((n, t) => ({ ...good(n, t), nonce: undefined })))).toBe('invalid-id-token');
});
