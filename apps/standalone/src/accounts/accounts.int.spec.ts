import { DevMailbox } from '@booking/mailer';
import { type TestApp, expectProblem, people, startTestApp } from '../testing/test-app';

describe('accounts over HTTP: sign up, verify, log in, rotate, log out', () => {
  let t: TestApp;
  let mailbox: DevMailbox;
  const head = async () =>
    BigInt((await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head);
  const tokenFrom = (text: string) => /token=([0-9a-f-]{36}\.[A-Za-z0-9_-]{43})/.exec(text)?.[1];
  const latestMailTo = (to: string) => mailbox.list().find((m) => m.to === to);

  beforeAll(async () => {
    t = await startTestApp();
    mailbox = t.app.get(DevMailbox, { strict: false });
  });
  afterAll(async () => {
    await t.close();
  });

  it('runs the whole journey, and refuses booking until the address is verified', async () => {
    const email = 'Zoë.Walker@Example.com';
    const registered = await t.call('POST', '/api/accounts', {
      body: { email, password: 'plum orchards in winter', displayName: 'Zoë' },
    });
    expect(registered.status).toBe(202);
    const mail = latestMailTo('zoë.walker@example.com')!;
    expect(mail.subject).toMatch(/confirm|verify/i);
    const token = tokenFrom(mail.text)!;
    expect(token).toBeDefined();

    const api = { email, password: 'plum orchards in winter', client: 'api' };
    const unverified = await t.call('POST', '/api/auth/login', { body: api });
    expect(unverified.status).toBe(200);
    expect(unverified.body.user).toMatchObject({ emailVerified: false, roles: ['attendee'] });
    const { eventId } = await t.publishedEvent(5);
    const refused = await fetch(`${t.url}/api/events/${eventId}/holds`, {
      method: 'POST',
      headers: { authorization: `Bearer ${unverified.body.accessToken}`, 'content-type': 'application/json' },
      body: '{"quantity":1}',
    });
    expect(refused.status).toBe(403);
    expect((await refused.json()).code).toBe('accounts.email-not-verified');

    expect((await t.call('POST', '/api/accounts/verify-email', { body: { token } })).status).toBe(200);
    expectProblem(await t.call('POST', '/api/accounts/verify-email', { body: { token } }), 422); // single use

    const login = await t.call('POST', '/api/auth/login', { body: api });
    expect(login.body.user.emailVerified).toBe(true);
    const me = await fetch(`${t.url}/api/me`, {
      headers: { authorization: `Bearer ${login.body.accessToken}`, 'x-min-position': login.body.position },
    });
    expect(await me.json()).toMatchObject({
      email: 'zoë.walker@example.com',
      displayName: 'Zoë',
      roles: ['attendee'],
      emailVerified: true,
    });
    const hold = await fetch(`${t.url}/api/events/${eventId}/holds`, {
      method: 'POST',
      headers: { authorization: `Bearer ${login.body.accessToken}`, 'content-type': 'application/json' },
      body: '{"quantity":1}',
    });
    expect(hold.status).toBe(201);

    const rotated = await t.call('POST', '/api/auth/refresh', { body: { refreshToken: login.body.refreshToken } });
    expect(rotated.status).toBe(200);
    expect(rotated.body.refreshToken).not.toBe(login.body.refreshToken);
    // Replaying the consumed token ends the whole family: the newest token dies with it.
    expectProblem(await t.call('POST', '/api/auth/refresh', { body: { refreshToken: login.body.refreshToken } }), 401);
    expectProblem(
      await t.call('POST', '/api/auth/refresh', { body: { refreshToken: rotated.body.refreshToken } }),
      401,
    );

    const again = await t.call('POST', '/api/auth/login', { body: api });
    expect((await t.call('POST', '/api/auth/logout', { body: { refreshToken: again.body.refreshToken } })).status).toBe(
      204,
    );
    expectProblem(await t.call('POST', '/api/auth/refresh', { body: { refreshToken: again.body.refreshToken } }), 401);
  });

  it('answers a second sign-up for a taken address exactly like the first, and mails the owner', async () => {
    const body = { email: 'dup@example.com', password: 'lanterns over the harbour', displayName: 'Dee' };
    const first = await t.call('POST', '/api/accounts', { body });
    const second = await t.call('POST', '/api/accounts', {
      body: { ...body, email: 'DUP@example.com', displayName: 'Mallory' },
    });
    expect(second.status).toBe(first.status);
    expect(second.body).toEqual(first.body);
    expect(latestMailTo('dup@example.com')!.subject).toMatch(/tried to register/i);
  });

  it('lets exactly one of concurrent sign-ups with one address own it', async () => {
    const attempts = await Promise.all(
      ['race@example.com', 'RACE@example.com', 'Race@Example.com', 'race@EXAMPLE.COM'].map((email, i) =>
        t.call('POST', '/api/accounts', {
          body: { email, password: `racing clouds number ${i}`, displayName: `Racer ${i}` },
        }),
      ),
    );
    expect(attempts.every((a) => a.status === 202)).toBe(true);
    const mails = mailbox.list().filter((m) => m.to === 'race@example.com');
    expect(mails.filter((m) => tokenFrom(m.text))).toHaveLength(1);
    expect(mails.filter((m) => /tried to register/i.test(m.subject))).toHaveLength(3);
  });

  it('refuses weak passwords and malformed addresses and changes nothing', async () => {
    const before = await head();
    const weak = await t.call('POST', '/api/accounts', {
      body: { email: 'w@example.com', password: 'password1234', displayName: 'W' },
    });
    expectProblem(weak, 400);
    expect(weak.body.errors).toEqual([{ field: 'password', message: 'password is too common' }]);
    expectProblem(
      await t.call('POST', '/api/accounts', {
        body: { email: 'not-an-address', password: 'long enough passphrase', displayName: 'W' },
      }),
      400,
    );
    expectProblem(
      await t.call('POST', '/api/accounts', { body: { email: 'x@example.com', password: 'short', displayName: 'W' } }),
      400,
    );
    expectProblem(await t.call('POST', '/api/accounts/verify-email', { body: { token: 'forged' } }), 422);
    expectProblem(
      await t.call('POST', '/api/accounts/verify-email', {
        body: { token: `${people.attendee.userId}.${'A'.repeat(43)}` },
      }),
      422,
    );
    expect(await head()).toBe(before);
  });

  it('says the same for an unknown address and a wrong password, then locks after five failures', async () => {
    await t.call('POST', '/api/accounts', {
      body: { email: 'lock@example.com', password: 'granite steps upward', displayName: 'L' },
    });
    const unknown = await t.call('POST', '/api/auth/login', {
      body: { email: 'nobody@example.com', password: 'whatever it is now' },
    });
    const wrong = await t.call('POST', '/api/auth/login', {
      body: { email: 'lock@example.com', password: 'not the password at all' },
    });
    expectProblem(unknown, 401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    for (let i = 0; i < 3; i++)
      await t.call('POST', '/api/auth/login', { body: { email: 'lock@example.com', password: `wrong guess ${i}` } });
    const locked = await t.call('POST', '/api/auth/login', {
      body: { email: 'lock@example.com', password: 'fifth wrong guess' },
    });
    expectProblem(locked, 429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expectProblem(
      await t.call('POST', '/api/auth/login', {
        body: { email: 'lock@example.com', password: 'granite steps upward' },
      }),
      429,
    );
    expect(latestMailTo('lock@example.com')!.subject).toMatch(/paused/i);
  });

  it('rotates through the cookie only with X-Requested-With (CSRF), and publishes a JWKS', async () => {
    await t.call('POST', '/api/accounts', {
      body: { email: 'cookie@example.com', password: 'wool socks and tea', displayName: 'C' },
    });
    const login = await fetch(`${t.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'cookie@example.com', password: 'wool socks and tea' }),
    });
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(/refresh_token=.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    expect((await login.json()).refreshToken).toBeUndefined();
    const pair = cookie.split(';')[0];
    const forged = await fetch(`${t.url}/api/auth/refresh`, { method: 'POST', headers: { cookie: pair } });
    expect(forged.status).toBe(403);
    const ok = await fetch(`${t.url}/api/auth/refresh`, {
      method: 'POST',
      headers: { cookie: pair, 'x-requested-with': 'fetch' },
    });
    expect(ok.status).toBe(200);
    const jwks = await t.call('GET', '/.well-known/jwks.json');
    expect(jwks.body.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
  });
});
