import { randomBytes, randomUUID } from 'node:crypto';
import { type TestApp, expectProblem, startTestApp } from '../testing/test-app';
import { signUp } from '../testing/accounts';

/** The SPA's view of cookies: name → the Set-Cookie line that set it. */
const cookiesOf = (response: Response) =>
  new Map(response.headers.getSetCookie().map((line) => [line.split('=')[0], line] as const));
/** A well-formed refresh token nobody was given: a session id (someone's, or made up) and a guessed secret. */
const forged = (sessionId: string = randomUUID()) => `${sessionId}.${randomBytes(32).toString('base64url')}`;
const spa = { 'content-type': 'application/json', 'x-requested-with': 'fetch' };

describe('the session hint cookie (sw_session)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const spaLogin = async (email: string) => {
    await signUp(t, email);
    return fetch(`${t.url}/api/auth/login`, {
      method: 'POST',
      headers: spa,
      body: JSON.stringify({ email, password: 'a long enough passphrase here' }),
    });
  };

  it('is set beside the refresh cookie, readable by the page and site-wide, and holds no secret', async () => {
    const cookies = cookiesOf(await spaLogin('hinted@example.com'));
    expect(cookies.get('refresh_token')).toMatch(/HttpOnly/i);
    const hint = cookies.get('sw_session')!;
    expect(hint).toMatch(/^sw_session=1;/);
    expect(hint).not.toMatch(/HttpOnly/i);
    expect(hint).toMatch(/Path=\/;/);
    expect(hint).toMatch(/SameSite=Strict/i);
  });

  it('is cleared with the refresh cookie on logout', async () => {
    const refresh = cookiesOf(await spaLogin('leaving-hint@example.com'))
      .get('refresh_token')!
      .split(';')[0];
    const out = await fetch(`${t.url}/api/auth/logout`, { method: 'POST', headers: { ...spa, cookie: refresh } });
    expect(out.status).toBe(204);
    expect(cookiesOf(out).get('sw_session')).toMatch(/^sw_session=;.*Expires=Thu, 01 Jan 1970/);
  });

  it('is cleared when a refresh finds the session gone, or the cookie unreadable', async () => {
    const refresh = cookiesOf(await spaLogin('expired-hint@example.com'))
      .get('refresh_token')!
      .split(';')[0];
    await fetch(`${t.url}/api/auth/logout`, { method: 'POST', headers: { ...spa, cookie: refresh } });
    for (const cookie of [refresh, 'refresh_token=garbage']) {
      const response = await fetch(`${t.url}/api/auth/refresh`, { method: 'POST', headers: { ...spa, cookie } });
      expectProblem({ status: response.status, headers: response.headers, body: await response.json() }, 401);
      expect(cookiesOf(response).get('sw_session')).toMatch(/^sw_session=;/);
    }
  });
});

describe('refresh throttling per session, not per address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { AUTH_RATE_LIMIT: '3' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets two sessions behind one address each refresh within their own budget', async () => {
    const refreshAll = async (refreshToken: string, times: number) => {
      const statuses: number[] = [];
      for (let i = 0; i < times; i++) {
        const response = await t.call('POST', '/api/auth/refresh', { body: { refreshToken } });
        statuses.push(response.status);
        if (response.status === 200) refreshToken = response.body.refreshToken;
      }
      return statuses;
    };
    const first = await signUp(t, 'office-a@example.com');
    const second = await signUp(t, 'office-b@example.com');
    expect(await refreshAll(first.refreshToken, 4)).toEqual([200, 200, 200, 429]);
    expect(await refreshAll(second.refreshToken, 3)).toEqual([200, 200, 200]);
  });

  it("does not let someone who knows a session id spend its owner's budget", async () => {
    const victim = await signUp(t, 'victim@example.com');
    const sessionId = victim.refreshToken.split('.')[0];
    for (let i = 0; i < 4; i++)
      expectProblem(await t.call('POST', '/api/auth/refresh', { body: { refreshToken: forged(sessionId) } }), 401);
    expect((await t.call('POST', '/api/auth/refresh', { body: { refreshToken: victim.refreshToken } })).status).toBe(
      200,
    );
  });
});

describe('refreshes naming no live token, from one address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { AUTH_RATE_LIMIT: '3' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('are refused with 429 past ten times the limit, while holders behind that address still refresh', async () => {
    const holder = await signUp(t, 'behind-the-nat@example.com');
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++)
      statuses.push((await t.call('POST', '/api/auth/refresh', { body: { refreshToken: forged() } })).status);
    expect(statuses).toEqual(Array(30).fill(401));
    const limited = await t.call('POST', '/api/auth/refresh', { body: { refreshToken: forged() } });
    expectProblem(limited, 429);
    expect(limited.body.type).toMatch(/too-many-requests$/);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await t.call('POST', '/api/auth/refresh', { body: { refreshToken: holder.refreshToken } })).status).toBe(
      200,
    );
  });
});
