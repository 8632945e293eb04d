import { type TestApp, expectProblem, people, startTestApp } from '../testing/test-app';
import { bearer, login, signUp } from '../testing/accounts';

/** Access tokens live 15 minutes, but a revocation must reach them within about a second. */
async function refusedWithin(call: () => Promise<{ status: number }>, ms = 1500): Promise<number> {
  const started = Date.now();
  for (;;) {
    const { status } = await call();
    if (status === 401 || Date.now() - started > ms) return status;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('revoked sessions stop working at once, not when their access token expires', () => {
  let t: TestApp;
  let eventId: string;
  beforeAll(async () => {
    t = await startTestApp();
    ({ eventId } = await t.publishedEvent(50));
  });
  afterAll(async () => {
    await t.close();
  });

  const me = (accessToken: string) => t.call('GET', '/api/me', { headers: bearer(accessToken) });
  const hold = (accessToken: string) =>
    t.call('POST', `/api/events/${eventId}/holds`, { headers: bearer(accessToken), body: { quantity: 1 } });

  it('after logout: reads and holds are refused', async () => {
    const session = await signUp(t, 'leaving@example.com');
    expect((await hold(session.accessToken)).status).toBe(201);
    const out = await t.call('POST', '/api/auth/logout', { body: { refreshToken: session.refreshToken } });
    expect(out.status).toBe(204);
    expect(await refusedWithin(() => me(session.accessToken))).toBe(401);
    expectProblem(await hold(session.accessToken), 401);
  });

  it('after logout with a token a refresh (in another tab) had just rotated: the rotated one goes too', async () => {
    const session = await signUp(t, 'two-tabs@example.com');
    const rotated = await t.call('POST', '/api/auth/refresh', { body: { refreshToken: session.refreshToken } });
    expect(rotated.status).toBe(200);
    const out = await t.call('POST', '/api/auth/logout', { body: { refreshToken: session.refreshToken } });
    expect(out.status).toBe(204);
    expect(await refusedWithin(() => me(rotated.body.accessToken))).toBe(401);
    expectProblem(
      await t.call('POST', '/api/auth/refresh', { body: { refreshToken: rotated.body.refreshToken } }),
      401,
    );
  });

  it('after a refresh token is reused: the whole family, its newest access token included', async () => {
    const session = await signUp(t, 'stolen@example.com');
    const rotated = await t.call('POST', '/api/auth/refresh', { body: { refreshToken: session.refreshToken } });
    expect(rotated.status).toBe(200);
    expectProblem(await t.call('POST', '/api/auth/refresh', { body: { refreshToken: session.refreshToken } }), 401);
    expect(await refusedWithin(() => me(rotated.body.accessToken))).toBe(401);
    expect((await me(session.accessToken)).status).toBe(401);
  });

  it('after "sign out everywhere": every other session, while the one asking keeps working', async () => {
    const laptop = await signUp(t, 'everywhere@example.com');
    const phone = await login(t, 'everywhere@example.com', undefined, 'Phone/1.0');
    const ended = await t.call('DELETE', '/api/me/sessions', { headers: bearer(phone.accessToken) });
    expect(ended.body.revoked).toBe(1);
    expect(await refusedWithin(() => me(laptop.accessToken))).toBe(401);
    expect(
      (await t.call('GET', '/api/me', { headers: bearer(phone.accessToken, { 'x-min-position': phone.position }) }))
        .status,
    ).toBe(200);
  });

  it('after an admin disables the account: every token of the user, with or without a session; new ones work once enabled', async () => {
    const session = await signUp(t, 'disabled@example.com');
    const userId = session.user.id;
    const sessionless = t.token({ userId, roles: ['attendee'] });
    const disabled = await t.call('POST', `/api/admin/users/${userId}/disable`, {
      as: people.admin,
      body: { reason: 'fraud' },
    });
    expect(disabled.status).toBe(200);
    expect(await refusedWithin(() => me(session.accessToken))).toBe(401);
    expect(await refusedWithin(() => hold(sessionless))).toBe(401);

    await t.call('POST', `/api/admin/users/${userId}/enable`, { as: people.admin });
    const again = await login(t, 'disabled@example.com');
    expect((await hold(again.accessToken)).status).toBe(201);
  });

  it('after a role is revoked: the old token goes, a refreshed one carries the roles left', async () => {
    const session = await signUp(t, 'demoted@example.com');
    const userId = session.user.id;
    await t.call('POST', `/api/admin/users/${userId}/roles`, { as: people.admin, body: { role: 'organizer' } });
    const promoted = await t.call('POST', '/api/auth/refresh', { body: { refreshToken: session.refreshToken } });
    expect(promoted.body.user.roles).toContain('organizer');
    await t.call('DELETE', `/api/admin/users/${userId}/roles/organizer`, { as: people.admin });
    const createEvent = (accessToken: string) =>
      t.call('POST', '/api/events', { headers: bearer(accessToken), body: {} });
    expect(await refusedWithin(() => createEvent(promoted.body.accessToken))).toBe(401);
    const demoted = await t.call('POST', '/api/auth/refresh', { body: { refreshToken: promoted.body.refreshToken } });
    expect(demoted.body.user.roles).toEqual(['attendee']);
    expectProblem(await createEvent(demoted.body.accessToken), 403);
  });
});
