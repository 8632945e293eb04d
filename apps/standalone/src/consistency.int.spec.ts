import { type TestApp, expectProblem, people, startTestApp } from './testing/test-app';

describe('read-your-writes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { CONSISTENCY_WAIT_MS: '300' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers once the projections pass the named position', async () => {
    const { eventId } = await t.publishedEvent(4);
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 4 } });
    const read = await t.call('GET', `/api/events/${eventId}/availability?minPosition=${hold.body.position}`);
    expect(read.body.free).toBe(0);
    expect(BigInt(read.body.position)).toBeGreaterThanOrEqual(BigInt(hold.body.position));
  });

  it('gives up after the bounded wait with 503 and Retry-After', async () => {
    const started = Date.now();
    const response = await t.call('GET', '/api/events', { headers: { 'x-min-position': '999999999' } });
    expectProblem(response, 503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('refuses a position that is not one', async () => {
    expectProblem(await t.call('GET', '/api/events?minPosition=abc'), 400);
  });
});
