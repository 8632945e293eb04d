import { type TestApp, expectProblem, startTestApp } from '../testing/test-app';
import { bearer, signUp } from '../testing/accounts';

const badLogin = (t: TestApp, forwardedFor?: string) =>
  t.call('POST', '/api/auth/login', {
    body: { email: 'nobody@example.com', password: 'guessing again and again' },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });

describe('per-address throttling of auth endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { AUTH_RATE_LIMIT: '3' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 429 problem+json with Retry-After once an address exceeds the limit, per endpoint', async () => {
    for (let i = 0; i < 3; i++) expect((await badLogin(t)).status).toBe(401);
    const limited = await badLogin(t);
    expectProblem(limited, 429);
    expect(limited.body).toMatchObject({
      type: 'https://booking.example/problems/too-many-requests',
      title: 'Too Many Requests',
      detail: expect.stringMatching(/^Too many attempts; try again in \d+ seconds$/),
    });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Other endpoints keep their own budget; unthrottled reads are unaffected.
    expect((await t.call('POST', '/api/auth/password-reset', { body: { email: 'nobody@example.com' } })).status).toBe(
      202,
    );
    expect((await t.call('GET', '/api/events')).status).toBe(200);
  });
});

describe('the client address without a trusted proxy (TRUST_PROXY unset)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { AUTH_RATE_LIMIT: '3' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('records the connecting address, not a claimed one, in the session list', async () => {
    await signUp(t, 'spoofer@example.com');
    const session = await t.call('POST', '/api/auth/login', {
      body: { email: 'spoofer@example.com', password: 'a long enough passphrase here', client: 'api' },
      headers: { 'x-forwarded-for': '198.51.100.7' },
    });
    const sessions = await t.call('GET', '/api/me/sessions', {
      headers: bearer(session.body.accessToken, { 'x-min-position': session.body.position }),
    });
    expect(sessions.body.items).toContainEqual(expect.objectContaining({ current: true, ip: '127.0.0.1' }));
  });

  it('ignores X-Forwarded-For: a new header value per attempt does not reset the limit', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 4; i++) statuses.push((await badLogin(t, `203.0.113.${i}`)).status);
    expect(statuses.at(-1)).toBe(429); // 3 per minute from this address, whatever the header says
  });
});

describe.each([
  ['a hop count', '1'],
  ['the proxy address', '127.0.0.1'],
  ['a CIDR', '127.0.0.0/8, 10.0.0.0/8'],
])('the client address behind a trusted proxy (TRUST_PROXY: %s)', (_label, trustProxy) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { AUTH_RATE_LIMIT: '3', TRUST_PROXY: trustProxy } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('takes the address the trusted hop forwards: each client has its own budget', async () => {
    for (let i = 0; i < 3; i++) expect((await badLogin(t, '203.0.113.1')).status).toBe(401);
    expectProblem(await badLogin(t, '203.0.113.1'), 429);
    expect((await badLogin(t, '203.0.113.2')).status).toBe(401);
  });

  it('shows the forwarded address in the session list', async () => {
    await signUp(t, 'behind-proxy@example.com');
    const session = await t.call('POST', '/api/auth/login', {
      body: { email: 'behind-proxy@example.com', password: 'a long enough passphrase here', client: 'api' },
      headers: { 'x-forwarded-for': '198.51.100.7' },
    });
    const sessions = await t.call('GET', '/api/me/sessions', {
      headers: bearer(session.body.accessToken, { 'x-min-position': session.body.position }),
    });
    expect(sessions.body.items).toContainEqual(expect.objectContaining({ current: true, ip: '198.51.100.7' }));
  });
});
