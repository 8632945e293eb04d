import { type TestApp, expectProblem, startTestApp } from '../testing/test-app';

describe('per-address throttling of auth endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { AUTH_RATE_LIMIT: '3' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 429 problem+json with Retry-After once an address exceeds the limit, per endpoint', async () => {
    const attempt = () =>
      t.call('POST', '/api/auth/login', {
        body: { email: 'nobody@example.com', password: 'guessing again and again' },
      });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expectProblem(limited, 429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Other endpoints keep their own budget; unthrottled reads are unaffected.
    expect((await t.call('POST', '/api/auth/password-reset', { body: { email: 'nobody@example.com' } })).status).toBe(
      202,
    );
    expect((await t.call('GET', '/api/events')).status).toBe(200);
  });
});
