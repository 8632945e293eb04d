import { HealthRegistry, OpsListener } from '@booking/platform';
import { type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

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

  it('marks them no-store however the path is spelled (percent-encoded letters reach the same route)', async () => {
    const encoded = await t.call('POST', '/api/%61uth/refresh', { body: {} });
    expect(encoded.status).toBe(401); // the refresh route answered
    expect(encoded.headers.get('cache-control')).toBe('no-store');
  });

  it('leaves public reads cacheable as they were', async () => {
    expect((await t.call('GET', '/api/events')).headers.get('cache-control')).not.toBe('no-store');
    expect((await t.call('GET', '/.well-known/jwks.json')).headers.get('cache-control')).toBe('public, max-age=300');
  });
});

describe('health and metrics: public liveness, details for ops', () => {
  let t: TestApp;
  let internal: string;
  beforeAll(async () => {
    t = await startTestApp({ env: { INTERNAL_PORT: '0' } });
    internal = t.app.get(OpsListener).url!;
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers anyone on /health with ok and nothing more', async () => {
    const health = await t.call('GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });
  });

  it('keeps the details and the metrics on the public port for the ops role', async () => {
    for (const path of ['/health/details', '/metrics']) {
      expectProblem(await t.call('GET', path), 401);
      expectProblem(await t.call('GET', path, { as: people.admin }), 403);
      expect((await t.call('GET', path, { as: people.ops })).status).toBe(200);
    }
    expect((await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head).toBeDefined();
  });

  it('serves them without a token on the internal port (INTERNAL_PORT), for Prometheus and probes', async () => {
    expect(await (await fetch(`${internal}/metrics`)).text()).toMatch(/http_request_duration_seconds_bucket/);
    expect((await (await fetch(`${internal}/health/details`)).json()).checks.eventStore.head).toBeDefined();
    expect(await (await fetch(`${internal}/health`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${internal}/api/events`)).status).toBe(404); // nothing else lives there
  });

  it('says 503 when a dependency fails, naming it only to ops', async () => {
    t.app.get(HealthRegistry).register('flaky', () => {
      throw new Error('disk on fire at /var/lib/secret');
    });
    const publicAnswer = await t.call('GET', '/health');
    expectProblem(publicAnswer, 503);
    expect(publicAnswer.text).not.toMatch(/flaky|disk on fire/);
    const details = await t.call('GET', '/health/details', { as: people.ops });
    expectProblem(details, 503);
    expect(details.body.checks.flaky).toEqual({ status: 'failing', error: 'disk on fire at /var/lib/secret' });
    expect((await fetch(`${internal}/health`)).status).toBe(503);
    expect((await fetch(`${internal}/health/details`)).status).toBe(503);
  });
});
