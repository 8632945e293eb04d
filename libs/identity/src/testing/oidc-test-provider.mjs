// A real OpenID Connect provider (panva's `oidc-provider`, the certified implementation) for tests
// and local development. It is ESM-only, so it runs in its own process:
//
//   node libs/identity/src/testing/oidc-test-provider.mjs
//
// It listens on 127.0.0.1 (a free port unless OIDC_TEST_PORT is set) and prints one JSON line on
// stdout: { issuer, clientId, clientSecret, redirectUri, account }. It exits when its stdin closes,
// so a test that spawns it never leaves it behind.
//
// - one confidential client (client_secret_basic) whose redirect URI is `${issuer}/cb`, plus any
//   in OIDC_TEST_REDIRECT_URIS (comma-separated); PKCE is required for it;
// - accounts come from ACCOUNTS below; log in through the dev interaction form
//   (POST /interaction/:uid with prompt=login&login=<account id>&password=<anything>);
// - consent is granted automatically (loadExistingGrant), so there is no consent screen.
import http from 'node:http';
import Provider from 'oidc-provider';

const ACCOUNTS = {
  alice: { email: 'alice@example.com', email_verified: true, name: 'Alice Example' },
  bob: { email: 'bob@example.com', email_verified: false, name: 'Bob Unverified' },
};
const CLIENT_ID = 'booking-test-client';
const CLIENT_SECRET = 'booking-test-client-secret-not-for-production';

const server = http.createServer();
await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(Number(process.env.OIDC_TEST_PORT ?? 0), '127.0.0.1', resolve);
});
const issuer = `http://127.0.0.1:${server.address().port}`;
const redirectUri = `${issuer}/cb`;
const extraRedirectUris = (process.env.OIDC_TEST_REDIRECT_URIS ?? '').split(',').filter(Boolean);

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uris: [redirectUri, ...extraRedirectUris],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  pkce: { required: () => true },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  cookies: { keys: ['oidc-test-provider-cookie-key'] },
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, accountId) {
    const account = ACCOUNTS[accountId];
    if (account === undefined) return undefined;
    return { accountId, claims: async () => ({ sub: accountId, ...account }) };
  },
  // Auto-consent: every client gets the OpenID scopes it asked for without a consent screen.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    grant.addOIDCClaims(['email', 'email_verified', 'name']);
    await grant.save();
    return grant;
  },
});
server.on('request', provider.callback());

process.stdout.write(
  `${JSON.stringify({ issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri, account: 'alice' })}\n`,
);
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
process.on('SIGTERM', () => process.exit(0));
