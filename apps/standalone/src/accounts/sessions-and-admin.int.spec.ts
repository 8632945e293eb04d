import { DevMailbox } from '@booking/mailer';
import { type TestApp, expectProblem, people, startTestApp } from '../testing/test-app';
import { bearer, login, signUp, tokenIn } from '../testing/accounts';

describe('sessions, password reset and admin user management', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists my sessions with device and marks the current one; I can end one or all others', async () => {
    const laptop = await signUp(t, 'sam@example.com');
    const phone = await login(t, 'sam@example.com', undefined, 'Phone/1.0');
    const listed = await t.call('GET', '/api/me/sessions', {
      headers: bearer(phone.accessToken, { 'x-min-position': phone.position }),
    });
    expect(listed.body.items).toHaveLength(2);
    expect(listed.body.items.find((s: { current: boolean }) => s.current).device).toBe('Phone/1.0');
    const others = await t.call('GET', '/api/me/sessions', {
      headers: bearer((await signUp(t, 'other@example.com')).accessToken),
    });
    expect(others.body.items).toHaveLength(1); // nobody sees anyone else's sessions

    const laptopId = listed.body.items.find((s: { current: boolean }) => !s.current).id;
    expectProblem(
      await t.call('DELETE', `/api/me/sessions/${laptopId}`, {
        headers: bearer(others.body.items[0] ? (await login(t, 'other@example.com')).accessToken : ''),
      }),
      404,
    );
    const ended = await t.call('DELETE', `/api/me/sessions/${laptopId}`, { headers: bearer(phone.accessToken) });
    expect(ended.body.revoked).toBe(1);
    expectProblem(await t.call('POST', '/api/auth/refresh', { body: { refreshToken: laptop.refreshToken } }), 401);

    const third = await login(t, 'sam@example.com');
    const all = await t.call('DELETE', '/api/me/sessions', { headers: bearer(phone.accessToken) });
    expect(all.body.revoked).toBe(1);
    expectProblem(await t.call('POST', '/api/auth/refresh', { body: { refreshToken: third.refreshToken } }), 401);
    expect((await t.call('POST', '/api/auth/refresh', { body: { refreshToken: phone.refreshToken } })).status).toBe(
      200,
    );
  });

  it('resets a password by mailed link, once, and ends every session', async () => {
    const mailbox = t.app.get(DevMailbox, { strict: false });
    const before = await signUp(t, 'reset@example.com');
    const unknown = await t.call('POST', '/api/auth/password-reset', { body: { email: 'ghost@example.com' } });
    const known = await t.call('POST', '/api/auth/password-reset', { body: { email: 'reset@example.com' } });
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    const token = tokenIn(mailbox.list({ to: 'reset@example.com' })[0].text)!;
    expectProblem(
      await t.call('POST', '/api/auth/password-reset/confirm', { body: { token, password: 'password1234' } }),
      400,
    );
    const done = await t.call('POST', '/api/auth/password-reset/confirm', {
      body: { token, password: 'a brand new passphrase' },
    });
    expect(done.body).toMatchObject({ reset: true, sessionsEnded: 1 });
    expectProblem(
      await t.call('POST', '/api/auth/password-reset/confirm', { body: { token, password: 'another new passphrase' } }),
      422,
    );
    expectProblem(await t.call('POST', '/api/auth/refresh', { body: { refreshToken: before.refreshToken } }), 401);
    expectProblem(
      await t.call('POST', '/api/auth/login', {
        body: { email: 'reset@example.com', password: 'a long enough passphrase here' },
      }),
      401,
    );
    expect((await login(t, 'reset@example.com', 'a brand new passphrase')).user.id).toBeDefined();
    expect(mailbox.list({ to: 'reset@example.com' })[0].subject).toMatch(/password/i);
  });

  it('changes the password with the current one, ending every other session', async () => {
    const first = await signUp(t, 'change@example.com');
    const second = await login(t, 'change@example.com');
    const wrong = await t.call('POST', '/api/me/password', {
      headers: bearer(second.accessToken),
      body: { currentPassword: 'not it at all, sorry', newPassword: 'fresh autumn passphrase' },
    });
    expectProblem(wrong, 422);
    expect(wrong.body.errors).toEqual([{ field: 'currentPassword', message: 'The current password is wrong' }]);
    const changed = await t.call('POST', '/api/me/password', {
      headers: bearer(second.accessToken),
      body: { currentPassword: 'a long enough passphrase here', newPassword: 'fresh autumn passphrase' },
    });
    expect(changed.body).toMatchObject({ changed: true, sessionsEnded: 1 });
    expectProblem(await t.call('POST', '/api/auth/refresh', { body: { refreshToken: first.refreshToken } }), 401);
    expect((await t.call('POST', '/api/auth/refresh', { body: { refreshToken: second.refreshToken } })).status).toBe(
      200,
    );
    expect((await login(t, 'change@example.com', 'fresh autumn passphrase')).user.id).toBe(first.user.id);
  });

  it('lets admins grant roles, disable accounts and read the security history; nobody else', async () => {
    const user = await signUp(t, 'promote@example.com');
    const userId = user.user.id;
    const admin = { as: people.admin };
    expectProblem(
      await t.call('POST', `/api/admin/users/${userId}/roles`, { as: people.attendee, body: { role: 'organizer' } }),
      403,
    );
    expectProblem(
      await t.call('POST', `/api/admin/users/${userId}/roles`, { ...admin, body: { role: 'emperor' } }),
      400,
    );
    const granted = await t.call('POST', `/api/admin/users/${userId}/roles`, { ...admin, body: { role: 'organizer' } });
    expect(granted.body.changed).toBe(true);
    const refreshed = await t.call('POST', '/api/auth/refresh', { body: { refreshToken: user.refreshToken } });
    expect(refreshed.body.user.roles).toEqual(['attendee', 'organizer']);

    const list = await t.call('GET', '/api/admin/users?q=promote', {
      ...admin,
      headers: { 'x-min-position': granted.body.position },
    });
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: userId, roles: ['attendee', 'organizer'], emailVerified: true }),
    ]);
    expectProblem(await t.call('GET', '/api/admin/users', { as: people.organizer }), 403);

    const disabled = await t.call('POST', `/api/admin/users/${userId}/disable`, {
      ...admin,
      body: { reason: 'chargeback fraud' },
    });
    expect(disabled.body.sessionsEnded).toBe(1);
    expectProblem(
      await t.call('POST', '/api/auth/refresh', { body: { refreshToken: refreshed.body.refreshToken } }),
      401,
    );
    expectProblem(
      await t.call('POST', '/api/auth/login', {
        body: { email: 'promote@example.com', password: 'a long enough passphrase here' },
      }),
      403,
    );
    expect((await t.call('POST', `/api/admin/users/${userId}/enable`, admin)).body.changed).toBe(true);

    const history = await t.call('GET', `/api/admin/users/${userId}/security-history`, {
      ...admin,
      headers: {
        'x-min-position': (await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head,
      },
    });
    const types = history.body.items.map((e: { type: string }) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'AccountRegistered',
        'EmailVerified',
        'LoginSucceeded',
        'RoleGranted',
        'AccountDisabled',
        'SessionEnded',
        'LoginFailed',
        'AccountEnabled',
      ]),
    );
    expect(history.body.items.find((e: { type: string }) => e.type === 'RoleGranted')).toMatchObject({
      actor: people.admin.userId,
      detail: `organizer by ${people.admin.userId}`,
    });
    expectProblem(await t.call('GET', `/api/admin/users/${userId}/security-history`, { as: people.attendee }), 403);
  });

  it('keeps an admin from removing their own admin role or disabling themselves', async () => {
    const account = await signUp(t, 'root@example.com');
    await t.call('POST', `/api/admin/users/${account.user.id}/roles`, { as: people.admin, body: { role: 'admin' } });
    const { accessToken } = await login(t, 'root@example.com');
    const ownAdmin = await t.call('DELETE', `/api/admin/users/${account.user.id}/roles/admin`, {
      headers: bearer(accessToken),
    });
    expectProblem(ownAdmin, 409);
    expect(ownAdmin.body.code).toBe('accounts.own-admin-role');
    const self = await t.call('POST', `/api/admin/users/${account.user.id}/disable`, {
      headers: bearer(accessToken),
      body: { reason: 'oops, myself' },
    });
    expectProblem(self, 409);
    expect(self.body.code).toBe('accounts.disable-self');
  });
});
