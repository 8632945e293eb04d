import { type TestApp, people, startTestApp } from './testing/test-app';

describe('caching of personal answers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('marks every answer to a signed-in caller no-store, errors included', async () => {
    for (const response of [
      await t.call('GET', '/api/events', { as: people.attendee }),
      await t.call('GET', '/api/me/sessions', { as: people.attendee }),
      await t.call('GET', '/api/admin/users', { as: people.attendee }), // 403
      await t.call('POST', '/api/events', { as: people.organizer, body: {} }), // 400
    ])
      expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('marks the auth endpoints no-store, even when they refuse', async () => {
    const refresh = await t.call('POST', '/api/auth/refresh', { body: {} });
    expect(refresh.status).toBe(401);
    expect(refresh.headers.get('cache-control')).toBe('no-store');
  });

  it('leaves public reads cacheable as they were', async () => {
    expect((await t.call('GET', '/api/events')).headers.get('cache-control')).not.toBe('no-store');
    expect((await t.call('GET', '/.well-known/jwks.json')).headers.get('cache-control')).toBe('public, max-age=300');
  });
});
