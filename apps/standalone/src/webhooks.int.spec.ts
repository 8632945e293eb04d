import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TEST_CARDS } from '@booking/command-api';
import { ManualClock } from '@booking/platform';
import { PolicyExecutor, webhookNotifications } from '@booking/process-managers';
import { DeliverWebhooks, verifyWebhookSignature } from '@booking/projector';
import { BUYER } from './testing/booking-fixtures';
import { type Persona, type TestApp, expectProblem, people, startTestApp, suiteDataDir } from './testing/test-app';

type Received = { path: string; headers: IncomingHttpHeaders; body: string };

/**
 * A real receiver on a free loopback port: records every request; `/flaky` answers 500 to the
 * first request of each event id, then 200; `/slow` never answers within the timeout.
 */
async function startReceiver() {
  const received: Received[] = [];
  const seen = new Set<string>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body });
      if (path === '/slow') return; // never answers: the attempt times out
      const id = String(req.headers['booking-event-id']);
      if (path === '/flaky' && !seen.has(id)) {
        seen.add(id);
        res.writeHead(500).end('not yet');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    at: (path: string) => received.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('outgoing webhooks to organizers', () => {
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const clock = new ManualClock(new Date());
  let sender: DeliverWebhooks;

  beforeAll(async () => {
    receiver = await startReceiver();
    t = await startTestApp({ clock, env: { WEBHOOK_TIMEOUT_MS: '500', WEBHOOK_RETRY_BASE_MS: '60000' } });
    sender = t.app.get(DeliverWebhooks, { strict: false });
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  const register = (as: Persona, body: Record<string, unknown>) =>
    t.call('POST', '/api/webhook-endpoints', { as, body });
  const deliveries = (endpointId: string, as: Persona = people.organizer) =>
    t.call('GET', `/api/webhook-endpoints/${endpointId}/deliveries`, { as });

  /** Runs the sender until `done` holds (the notifications policy runs from the log, a moment later). */
  async function until(done: () => boolean | Promise<boolean>, what: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!(await done())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sender.sweep();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** A paid, confirmed booking of one ticket on `eventId` (the attendee's). */
  async function confirmedBooking(eventId: string): Promise<string> {
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 1 } });
    expect(hold.status).toBe(201);
    const placed = await t.call('POST', '/api/bookings', {
      as: people.attendee,
      body: { eventId, holds: [{ holdId: hold.body.holdId }], buyer: BUYER },
    });
    expect(placed.status).toBe(201);
    const paid = await t.call('POST', `/api/bookings/${placed.body.bookingId}/payments`, {
      as: people.attendee,
      body: { cardNumber: TEST_CARDS.succeeds },
    });
    expect(paid.body).toMatchObject({ status: 'succeeded', bookingStatus: 'confirmed' });
    return placed.body.bookingId as string;
  }

  it('delivers a correctly signed notification of a confirmed booking, to its organizer only', async () => {
    const mine = await register(people.organizer, { url: receiver.url('/mine'), eventTypes: ['booking.confirmed'] });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({ url: receiver.url('/mine'), eventTypes: ['booking.confirmed'], enabled: true });
    expect(mine.body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const theirs = await register(people.otherOrganizer, {
      url: receiver.url('/theirs'),
      eventTypes: ['booking.confirmed', 'payment.succeeded'],
    });
    expect(theirs.status).toBe(201);

    const { eventId } = await t.publishedEvent(10);
    const bookingId = await confirmedBooking(eventId);
    await until(() => receiver.at('/mine').length === 1, 'the confirmed booking at /mine');

    const [request] = receiver.at('/mine');
    const signature = request.headers['booking-signature'] as string;
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(
      verifyWebhookSignature(signature, request.body, mine.body.secret, { nowSeconds: clock.now().getTime() / 1000 }),
    ).toMatchObject({ ok: true });
    // Another secret, or a body changed by one byte, does not verify.
    expect(
      verifyWebhookSignature(signature, request.body, theirs.body.secret, { nowSeconds: clock.now().getTime() / 1000 }),
    ).toMatchObject({ ok: false });
    expect(
      verifyWebhookSignature(signature, request.body.replace('2500', '2501'), mine.body.secret, {
        nowSeconds: clock.now().getTime() / 1000,
      }),
    ).toMatchObject({ ok: false });
    const payload = JSON.parse(request.body);
    expect(payload).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      type: 'booking.confirmed',
      created: expect.any(String),
      data: expect.objectContaining({ bookingId, eventId, total: { amount: 2500, currency: 'EUR' }, free: false }),
    });
    expect(request.headers['booking-event-id']).toBe(payload.id);
    expect(request.body).not.toMatch(/Ada|ada@example\.com/); // no buyer personal data

    // The other organizer's endpoint heard nothing of this organizer's event.
    await sender.sweep();
    expect(receiver.at('/theirs')).toEqual([]);

    // The delivery log shows it delivered, with the status the receiver answered.
    const log = await deliveries(mine.body.endpointId);
    expect(log.status).toBe(200);
    expect(log.body.items).toEqual([
      expect.objectContaining({
        notificationId: payload.id,
        notificationType: 'booking.confirmed',
        status: 'delivered',
        attemptCount: 1,
        attempts: [expect.objectContaining({ attempt: 1, statusCode: 200, ok: true })],
      }),
    ]);
    // Nobody else reads that log or resends from it.
    expectProblem(await deliveries(mine.body.endpointId, people.otherOrganizer), 404);
    const deliveryId = log.body.items[0].deliveryId as string;
    expectProblem(
      await t.call('POST', `/api/webhook-endpoints/${mine.body.endpointId}/deliveries/${deliveryId}/resend`, {
        as: people.otherOrganizer,
      }),
      404,
    );

    // A resend by the organizer sends the same notification again (same id), once.
    const resent = await t.call(
      'POST',
      `/api/webhook-endpoints/${mine.body.endpointId}/deliveries/${deliveryId}/resend`,
      { as: people.organizer },
    );
    expect(resent.status).toBe(202);
    await until(() => receiver.at('/mine').length === 2, 'the resend');
    expect(JSON.parse(receiver.at('/mine')[1].body).id).toBe(payload.id);
  });

  it('retries a receiver answering 500 with backoff, then records its success', async () => {
    const flaky = await register(people.organizer, { url: receiver.url('/flaky'), eventTypes: ['payment.succeeded'] });
    expect(flaky.status).toBe(201);
    const { eventId } = await t.publishedEvent(10);
    await confirmedBooking(eventId);
    await until(() => receiver.at('/flaky').length === 1, 'the first attempt at /flaky');
    await until(async () => {
      const log = await deliveries(flaky.body.endpointId);
      return log.body.items[0]?.attempts.length === 1;
    }, 'the first attempt in the log');
    const first = (await deliveries(flaky.body.endpointId)).body.items[0];
    expect(first).toMatchObject({
      status: 'pending',
      attemptCount: 1,
      attempts: [{ attempt: 1, statusCode: 500, ok: false }],
    });
    // Backoff: not before its time (60 s), then retried.
    const due = Date.parse(first.nextAttemptAt) - clock.now().getTime();
    expect(due).toBeGreaterThanOrEqual(59_000);
    await sender.sweep();
    expect(receiver.at('/flaky')).toHaveLength(1);
    clock.advance(61_000);
    await until(() => receiver.at('/flaky').length === 2, 'the retry');
    await until(
      async () => (await deliveries(flaky.body.endpointId)).body.items[0]?.status === 'delivered',
      'delivered',
    );
    const [a, b] = receiver.at('/flaky');
    expect(JSON.parse(a.body).id).toBe(JSON.parse(b.body).id); // the same notification both times
    expect(a.headers['booking-delivery-attempt']).toBe('1');
    expect(b.headers['booking-delivery-attempt']).toBe('2');
    const done = (await deliveries(flaky.body.endpointId)).body.items[0];
    expect(done.attempts).toEqual([
      expect.objectContaining({ attempt: 1, statusCode: 500, ok: false }),
      expect.objectContaining({ attempt: 2, statusCode: 200, ok: true }),
    ]);
  });

  it('tells of a declined payment, a cancellation and its refund, each as its own type', async () => {
    const all = await register(people.organizer, {
      url: receiver.url('/all'),
      eventTypes: ['payment.failed', 'booking.cancelled', 'refund.requested'],
    });
    const { eventId } = await t.publishedEvent(10);
    const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as: people.attendee, body: { quantity: 1 } });
    const placed = await t.call('POST', '/api/bookings', {
      as: people.attendee,
      body: { eventId, holds: [{ holdId: hold.body.holdId }], buyer: BUYER },
    });
    const bookingId = placed.body.bookingId as string;
    const pay = (cardNumber: string) =>
      t.call('POST', `/api/bookings/${bookingId}/payments`, { as: people.attendee, body: { cardNumber } });
    expect((await pay(TEST_CARDS.declined)).body.status).toBe('declined');
    expect((await pay(TEST_CARDS.succeeds)).body.bookingStatus).toBe('confirmed');
    const cancelled = await t.call('POST', `/api/bookings/${bookingId}/cancellation`, {
      as: people.organizer,
      body: { reason: 'Venue flooded' },
    });
    expect(cancelled.status).toBe(200);
    await until(() => receiver.at('/all').length === 3, 'three notifications at /all');
    const payloads = receiver.at('/all').map((r) => JSON.parse(r.body));
    expect(payloads.map((p) => p.type).sort()).toEqual(['booking.cancelled', 'payment.failed', 'refund.requested']);
    const byType = Object.fromEntries(payloads.map((p) => [p.type, p.data]));
    expect(byType['payment.failed']).toMatchObject({ bookingId, amount: { amount: 2500, currency: 'EUR' } });
    expect(byType['booking.cancelled']).toMatchObject({ bookingId, by: 'organizer', reason: 'Venue flooded' });
    expect(byType['refund.requested']).toMatchObject({ bookingId, amount: { currency: 'EUR' } });
    expect(
      receiver
        .at('/all')
        .map((r) => r.body)
        .join(),
    ).not.toMatch(/Ada|ada@example\.com/);
    await t.call('DELETE', `/api/webhook-endpoints/${all.body.endpointId}`, { as: people.organizer });
  });

  it('never sends an endpoint what happened before it was registered (a replay of the log)', async () => {
    const { eventId } = await t.publishedEvent(10);
    const bookingId = await confirmedBooking(eventId);
    const late = await register(people.organizer, { url: receiver.url('/late'), eventTypes: ['booking.confirmed'] });
    const policies = t.app.get(PolicyExecutor, { strict: false });
    const replayed = {
      type: 'BookingConfirmed' as const,
      data: { bookingId, eventId, buyerId: people.attendee.userId, holds: [], ticketIds: [], reason: 'paid' as const },
      id: '0190b000-0000-7000-8000-0000000000ee',
      correlationId: 'replay',
    };
    // As the projector would read it again from the log: it happened an hour before the endpoint existed.
    const before = new Date(clock.now().getTime() - 3_600_000).toISOString();
    expect(await policies.run(webhookNotifications, { ...replayed, occurredAt: before })).toBe(0n);
    await sender.sweep();
    expect(receiver.at('/late')).toEqual([]);
    // The same event, new (inline), is sent.
    expect(await policies.run(webhookNotifications, replayed)).toBeGreaterThan(0n);
    await until(() => receiver.at('/late').length === 1, 'the new event at /late');
    await t.call('DELETE', `/api/webhook-endpoints/${late.body.endpointId}`, { as: people.organizer });
  });

  it('records a timeout as a failed attempt with its error', async () => {
    const slow = await register(people.organizer, { url: receiver.url('/slow'), eventTypes: ['booking.confirmed'] });
    const { eventId } = await t.publishedEvent(10);
    await confirmedBooking(eventId);
    await until(async () => (await deliveries(slow.body.endpointId)).body.items[0]?.attemptCount === 1, 'a timeout');
    const [delivery] = (await deliveries(slow.body.endpointId)).body.items;
    expect(delivery.attempts[0]).toMatchObject({ ok: false, error: expect.stringMatching(/timed out after 500 ms/) });
    expect(delivery.attempts[0].statusCode).toBeUndefined();
    await t.call('DELETE', `/api/webhook-endpoints/${slow.body.endpointId}`, { as: people.organizer });
  });

  it('refuses bad URLs and event types with 4xx, and registers nothing', async () => {
    const before = (await t.call('GET', '/api/webhook-endpoints', { as: people.organizer })).body.items.length;
    const head = async () => (await t.call('GET', '/health/details', { as: people.ops })).body.checks.eventStore.head;
    const headBefore = await head();
    for (const url of [
      'http://hooks.example.com/x',
      'ftp://hooks.example.com/x',
      'https://user:pw@hooks.example.com/x',
      'https://169.254.169.254/latest/meta-data',
      'https://10.0.0.1/x',
      'https://[fd00::1]/x',
      'https://[::ffff:10.0.0.1]/x',
      'https://db.internal/x',
      'http://10.0.0.1/x',
      'not a url',
    ]) {
      const response = await register(people.organizer, { url, eventTypes: ['booking.confirmed'] });
      expectProblem(response, 422);
    }
    for (const body of [
      { url: 'https://hooks.example.com/x', eventTypes: ['booking.exploded'] },
      { url: 'https://hooks.example.com/x', eventTypes: [] },
      { url: 'https://hooks.example.com/x' },
      { url: 'https://hooks.example.com/x', eventTypes: ['booking.confirmed'], secret: 'mine' },
      { url: 'x'.repeat(3000), eventTypes: ['booking.confirmed'] },
    ])
      expectProblem(await register(people.organizer, body), 400);
    const after = (await t.call('GET', '/api/webhook-endpoints', { as: people.organizer })).body.items.length;
    expect(after).toBe(before);
    expect(await head()).toBe(headBefore); // nothing appended
  });

  it('documents the payload and the signature in the OpenAPI document', async () => {
    const spec = (await t.call('GET', '/api/docs-json')).body;
    expect(spec.components.schemas.WebhookPayload.properties).toEqual(
      expect.objectContaining({
        id: expect.anything(),
        type: expect.anything(),
        created: expect.anything(),
        data: expect.anything(),
      }),
    );
    const register = spec.paths['/api/webhook-endpoints'].post;
    expect(register.description).toMatch(/Booking-Signature: t=<unix seconds>,v1=/);
    expect(Object.keys(register.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '409', '422']));
    expect(Object.keys(spec.paths['/api/webhook-endpoints/{endpointId}/deliveries'].get.responses)).toEqual(
      expect.arrayContaining(['200', '404']),
    );
  });

  it('lets the organizer disable, rotate and delete their endpoint; nobody else', async () => {
    const created = await register(people.organizer, {
      url: 'https://hooks.example.com/a',
      eventTypes: ['refund.requested'],
    });
    expect(created.status).toBe(201);
    const id = created.body.endpointId as string;
    for (const [method, path, body] of [
      ['PATCH', `/api/webhook-endpoints/${id}`, { enabled: false }],
      ['POST', `/api/webhook-endpoints/${id}/secret`, undefined],
      ['DELETE', `/api/webhook-endpoints/${id}`, undefined],
    ] as const)
      expectProblem(await t.call(method, path, { as: people.otherOrganizer, body }), 404);

    const disabled = await t.call('PATCH', `/api/webhook-endpoints/${id}`, {
      as: people.organizer,
      body: { enabled: false },
    });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ endpointId: id, enabled: false });
    expect(disabled.body.secret).toBeUndefined();
    expectProblem(
      await t.call('PATCH', `/api/webhook-endpoints/${id}`, {
        as: people.organizer,
        body: { url: 'http://example.com' },
      }),
      422,
    );
    const rotated = await t.call('POST', `/api/webhook-endpoints/${id}/secret`, { as: people.organizer });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.body.secret);

    const list = await t.call('GET', '/api/webhook-endpoints', {
      as: people.organizer,
      headers: { 'x-min-position': rotated.body.position },
    });
    const listed = list.body.items.find((e: { endpointId: string }) => e.endpointId === id);
    expect(listed).toMatchObject({ enabled: false, secretRotatedAt: expect.any(String) });
    expect(JSON.stringify(list.body)).not.toContain('whsec_'); // the list never shows a secret
    const theirList = await t.call('GET', '/api/webhook-endpoints', { as: people.otherOrganizer });
    expect(theirList.body.items.map((e: { endpointId: string }) => e.endpointId)).not.toContain(id);

    const deleted = await t.call('DELETE', `/api/webhook-endpoints/${id}`, { as: people.organizer });
    expect(deleted.status).toBe(200);
    const gone = await t.call('GET', '/api/webhook-endpoints', {
      as: people.organizer,
      headers: { 'x-min-position': deleted.body.position },
    });
    expect(gone.body.items.map((e: { endpointId: string }) => e.endpointId)).not.toContain(id);
    expectProblem(await deliveries(id), 404);
  });
});

describe('outgoing webhooks across a restart', () => {
  const dataDir = suiteDataDir('booking-webhooks-');
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
  });

  it('resumes a scheduled retry from the log after the process stops', async () => {
    const clock = new ManualClock(new Date());
    const env = { DATA_DIR: dataDir, WEBHOOK_RETRY_BASE_MS: '60000', WEBHOOK_SWEEP_MS: '3600000' };
    const first = await startTestApp({ clock, env });
    const sweepUntil = async (t: TestApp, done: () => boolean) => {
      const deadline = Date.now() + 10_000;
      while (!done()) {
        if (Date.now() > deadline) throw new Error('timed out');
        await t.app.get(DeliverWebhooks, { strict: false }).sweep();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const endpoint = await first.call('POST', '/api/webhook-endpoints', {
      as: people.organizer,
      body: { url: receiver.url('/flaky'), eventTypes: ['booking.confirmed'] },
    });
    expect(endpoint.status).toBe(201);
    const { eventId } = await first.publishedEvent(5);
    const hold = await first.call('POST', `/api/events/${eventId}/holds`, {
      as: people.attendee,
      body: { quantity: 1 },
    });
    const placed = await first.call('POST', '/api/bookings', {
      as: people.attendee,
      body: { eventId, holds: [{ holdId: hold.body.holdId }], buyer: BUYER },
    });
    await first.call('POST', `/api/bookings/${placed.body.bookingId}/payments`, {
      as: people.attendee,
      body: { cardNumber: TEST_CARDS.succeeds },
    });
    await sweepUntil(first, () => receiver.at('/flaky').length === 1); // answered 500: a retry is scheduled
    // The attempt is recorded (its retry scheduled in the log) before the stop.
    const logOf = (t: TestApp) =>
      t.call('GET', `/api/webhook-endpoints/${endpoint.body.endpointId}/deliveries`, { as: people.organizer });
    for (let i = 0; (await logOf(first)).body.items[0]?.attemptCount !== 1; i++) {
      if (i > 100) throw new Error('the first attempt was not recorded');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await first.app.close(); // the data dir stays

    clock.advance(61_000);
    const second = await startTestApp({ clock, env });
    try {
      await sweepUntil(second, () => receiver.at('/flaky').length === 2);
      const [a, b] = receiver.at('/flaky');
      expect(JSON.parse(b.body).id).toBe(JSON.parse(a.body).id);
      expect(b.headers['booking-delivery-attempt']).toBe('2');
      const deadline = Date.now() + 5000;
      let log = await second.call('GET', `/api/webhook-endpoints/${endpoint.body.endpointId}/deliveries`, {
        as: people.organizer,
      });
      while (log.body.items[0]?.status !== 'delivered' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        log = await second.call('GET', `/api/webhook-endpoints/${endpoint.body.endpointId}/deliveries`, {
          as: people.organizer,
        });
      }
      expect(log.body.items[0]).toMatchObject({ status: 'delivered', attemptCount: 2 });
    } finally {
      await second.app.close();
    }
  });
});
