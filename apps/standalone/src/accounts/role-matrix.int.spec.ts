import { randomUUID } from 'node:crypto';
import type { Role } from '@booking/domain';
import { type Persona, type TestApp, expectProblem, startTestApp } from '../testing/test-app';

type Who = 'anonymous' | Role;
type Endpoint = { method: string; path: string; body?: unknown; allowed: 'everyone' | 'signed-in' | Role[] };
const WHO: Who[] = ['anonymous', 'attendee', 'organizer', 'admin', 'finance', 'analyst', 'ops'];
const persona = (who: Role): Persona => ({
  userId: `0190d000-0000-7000-8000-00000000000${WHO.indexOf(who)}`,
  roles: [who],
});

/**
 * Every endpoint × every role (and anonymous): the allowed ones get past authorization, the rest
 * get 401 (no token) or 403 (wrong role) as problem+json. Grows with every feature.
 */
describe('authorization matrix', () => {
  let t: TestApp;
  let eventId: string;
  const someId = randomUUID();
  let endpoints: Endpoint[];

  beforeAll(async () => {
    t = await startTestApp({ env: { AUTH_RATE_LIMIT: '1000' } });
    ({ eventId } = await t.publishedEvent(1000));
    endpoints = [
      { method: 'GET', path: '/api/events', allowed: 'everyone' },
      { method: 'GET', path: `/api/events/${eventId}`, allowed: 'everyone' },
      { method: 'GET', path: `/api/events/${eventId}/availability`, allowed: 'everyone' },
      { method: 'GET', path: `/api/events/${eventId}/seats`, allowed: 'everyone' },
      { method: 'GET', path: `/api/events/${eventId}/seating-plan`, allowed: 'everyone' }, // 404: no plan, but public
      {
        method: 'PUT',
        path: `/api/events/${someId}/seating-plan`,
        body: { sections: [] },
        allowed: ['organizer', 'admin'],
      },
      { method: 'DELETE', path: `/api/events/${someId}/seating-plan`, allowed: ['organizer', 'admin'] },
      { method: 'GET', path: '/api/auth/providers', allowed: 'everyone' },
      { method: 'GET', path: '/api/payments/settings', allowed: 'everyone' },
      { method: 'GET', path: '/.well-known/jwks.json', allowed: 'everyone' },
      { method: 'GET', path: '/health', allowed: 'everyone' },
      { method: 'GET', path: '/ready', allowed: 'everyone' },
      { method: 'GET', path: '/health/details', allowed: ['ops'] },
      { method: 'GET', path: '/metrics', allowed: ['ops'] },
      {
        method: 'POST',
        path: '/api/accounts',
        body: { email: `m${randomUUID().slice(0, 6)}@example.com`, password: 'matrix passphrase ok', displayName: 'M' },
        allowed: 'everyone',
      },
      { method: 'POST', path: '/api/accounts/verify-email', body: { token: 'x' }, allowed: 'everyone' },
      {
        method: 'POST',
        path: '/api/accounts/resend-verification',
        body: { email: 'm@example.com' },
        allowed: 'everyone',
      },
      {
        method: 'POST',
        path: '/api/auth/login',
        body: { email: 'm@example.com', password: 'whatever it may be' },
        allowed: 'everyone',
      },
      { method: 'POST', path: '/api/auth/refresh', body: { refreshToken: 'x' }, allowed: 'everyone' },
      { method: 'POST', path: '/api/auth/logout', body: {}, allowed: 'everyone' },
      { method: 'POST', path: '/api/auth/password-reset', body: { email: 'm@example.com' }, allowed: 'everyone' },
      {
        method: 'POST',
        path: '/api/auth/password-reset/confirm',
        body: { token: 'x', password: 'whatever it may be' },
        allowed: 'everyone',
      },
      {
        method: 'POST',
        path: '/api/events',
        body: {
          title: 'Matrix',
          category: 'music',
          startsAt: '2099-01-01T20:00:00Z',
          venue: { name: 'Hall', city: 'Oslo', country: 'NO' },
          capacity: 5,
        },
        allowed: ['organizer', 'admin'],
      },
      { method: 'POST', path: `/api/events/${someId}/publish`, allowed: ['organizer', 'admin'] },
      {
        method: 'PATCH',
        path: `/api/events/${someId}`,
        body: { title: 'Matrix edit' },
        allowed: ['organizer', 'admin'],
      },
      { method: 'POST', path: `/api/events/${someId}/submit`, allowed: ['organizer', 'admin'] },
      { method: 'POST', path: `/api/events/${someId}/withdraw`, allowed: ['organizer', 'admin'] },
      { method: 'POST', path: `/api/events/${someId}/approve`, allowed: ['admin'] },
      { method: 'POST', path: `/api/events/${someId}/reject`, body: { reason: 'matrix reason' }, allowed: ['admin'] },
      {
        method: 'POST',
        path: `/api/events/${someId}/cancel`,
        body: { reason: 'matrix reason' },
        allowed: ['organizer', 'admin'],
      },
      { method: 'GET', path: '/api/organizer/events', allowed: ['organizer', 'admin'] },
      { method: 'POST', path: `/api/events/${someId}/images`, allowed: ['organizer', 'admin'] },
      { method: 'DELETE', path: `/api/events/${someId}/images/x`, allowed: ['organizer', 'admin'] },
      {
        method: 'PUT',
        path: `/api/events/${someId}/images/order`,
        body: { imageIds: [] },
        allowed: ['organizer', 'admin'],
      },
      {
        method: 'PATCH',
        path: `/api/events/${someId}/images/x`,
        body: { alt: 'Matrix' },
        allowed: ['organizer', 'admin'],
      },
      { method: 'GET', path: '/api/admin/events', allowed: ['admin'] },
      { method: 'GET', path: `/api/admin/events/${eventId}/changes`, allowed: ['admin'] },
      { method: 'POST', path: `/api/events/${eventId}/holds`, body: { quantity: 1 }, allowed: 'signed-in' },
      { method: 'DELETE', path: `/api/events/${eventId}/holds/${someId}`, allowed: 'signed-in' },
      { method: 'GET', path: '/api/me/holds', allowed: 'signed-in' },
      { method: 'POST', path: `/api/events/${eventId}/waitlist`, body: { quantity: 1 }, allowed: 'signed-in' },
      { method: 'DELETE', path: `/api/events/${eventId}/waitlist/${someId}`, allowed: 'signed-in' },
      { method: 'GET', path: '/api/me/waitlist', allowed: 'signed-in' },
      { method: 'GET', path: `/api/events/${eventId}/waitlist`, allowed: ['organizer', 'admin'] },
      {
        method: 'POST',
        path: '/api/bookings',
        body: { eventId, holds: [{ holdId: someId }], buyer: { name: 'Matrix', email: 'm@example.com' } },
        allowed: 'signed-in',
      },
      {
        method: 'POST',
        path: `/api/bookings/${someId}/payments`,
        body: { cardNumber: '4242424242424242' },
        allowed: 'signed-in',
      },
      // The provider's webhooks carry a signature, not a token: everyone reaches it (a 400 here).
      { method: 'POST', path: '/api/payments/webhooks/test-mode', body: { id: 'evt_x' }, allowed: 'everyone' },
      // Stripe's, likewise (a 404 here: this app runs the embedded provider).
      { method: 'POST', path: '/api/payments/webhooks/stripe', body: { id: 'evt_x' }, allowed: 'everyone' },
      // PayPal's, likewise (a 400 without its transmission headers).
      { method: 'POST', path: '/api/payments/webhooks/paypal', body: { id: 'WH-X' }, allowed: 'everyone' },
      // The buyer's return from PayPal (a 404 here: PayPal is not configured in this app).
      { method: 'POST', path: '/api/payments/paypal/orders/ABCDEFGHIJ0123456/capture', allowed: 'signed-in' },
      { method: 'POST', path: '/api/payments/paypal/orders/ABCDEFGHIJ0123456/cancel', allowed: 'signed-in' },
      {
        method: 'POST',
        path: `/api/payments/test-mode/challenges/pi_${'0'.repeat(32)}`,
        body: { outcome: 'pass' },
        allowed: 'signed-in',
      },
      {
        method: 'POST',
        path: '/api/booking-quotes',
        body: { eventId, holds: [{ holdId: someId }], promoCode: 'MATRIX' },
        allowed: 'signed-in',
      },
      // Promo codes: organizers (their own) and admins.
      {
        method: 'POST',
        path: '/api/promo-codes',
        body: { code: 'MATRIX', percentOff: 5 },
        allowed: ['organizer', 'admin'],
      },
      { method: 'GET', path: '/api/promo-codes', allowed: ['organizer', 'admin'] },
      {
        method: 'POST',
        path: `/api/events/${eventId}/group-requests`,
        body: { quantity: 30, message: 'Matrix group' },
        allowed: 'signed-in',
      },
      { method: 'GET', path: '/api/me/group-requests', allowed: 'signed-in' },
      { method: 'GET', path: `/api/events/${eventId}/group-requests`, allowed: ['organizer', 'admin'] }, // 404 for another organizer
      { method: 'POST', path: `/api/group-requests/${someId}/approve`, body: {}, allowed: ['organizer', 'admin'] }, // 404 once allowed
      {
        method: 'POST',
        path: `/api/group-requests/${someId}/decline`,
        body: { reason: 'Matrix' },
        allowed: ['organizer', 'admin'],
      },
      { method: 'POST', path: `/api/promo-codes/${someId}/disable`, allowed: ['organizer', 'admin'] }, // 404 once allowed
      // Webhook endpoints: organizers, each their own (another's or an unknown id: 404 once allowed).
      {
        method: 'POST',
        path: '/api/webhook-endpoints',
        body: { url: 'https://hooks.example.com/matrix', eventTypes: ['booking.confirmed'] },
        allowed: ['organizer'],
      },
      { method: 'GET', path: '/api/webhook-endpoints', allowed: ['organizer'] },
      { method: 'PATCH', path: `/api/webhook-endpoints/${someId}`, body: { enabled: false }, allowed: ['organizer'] },
      { method: 'POST', path: `/api/webhook-endpoints/${someId}/secret`, allowed: ['organizer'] },
      { method: 'DELETE', path: `/api/webhook-endpoints/${someId}`, allowed: ['organizer'] },
      { method: 'GET', path: `/api/webhook-endpoints/${someId}/deliveries`, allowed: ['organizer'] },
      {
        method: 'POST',
        path: `/api/webhook-endpoints/${someId}/deliveries/${someId}/resend`,
        allowed: ['organizer'],
      },
      // Access codes: anyone signed in asks what a code opens on an event (422 for an unknown code once allowed).
      { method: 'POST', path: `/api/events/${eventId}/access`, body: { code: 'MATRIX' }, allowed: 'signed-in' },
      { method: 'GET', path: `/api/bookings/${someId}`, allowed: 'signed-in' }, // 404 once allowed
      // Cancelling: the buyer, the event's organizer, admins (404 for an unknown id once allowed).
      { method: 'POST', path: `/api/bookings/${someId}/cancellation`, body: {}, allowed: 'signed-in' },
      { method: 'GET', path: `/api/bookings/${someId}/cancellation`, allowed: 'signed-in' },
      { method: 'GET', path: '/api/me/bookings', allowed: 'signed-in' },
      // Tickets of a booking: the buyer and admins (404 for an unknown id once allowed).
      { method: 'GET', path: `/api/bookings/${someId}/tickets`, allowed: 'signed-in' },
      { method: 'GET', path: `/api/bookings/${someId}/tickets.pdf`, allowed: 'signed-in' },
      { method: 'GET', path: `/api/bookings/${someId}/invoices`, allowed: 'signed-in' },
      { method: 'GET', path: `/api/invoices/${someId}/pdf`, allowed: 'signed-in' },
      { method: 'GET', path: '/api/organizer/invoices', allowed: ['organizer'] },
      { method: 'GET', path: '/api/finance/invoices', allowed: ['finance', 'admin'] },
      // Refunds: finance and admins only (an unknown booking or refund: 404 once allowed).
      { method: 'GET', path: '/api/finance/refunds?status=failed', allowed: ['finance', 'admin'] },
      { method: 'GET', path: '/api/finance/ledger', allowed: ['finance', 'admin'] },
      { method: 'GET', path: '/api/finance/ledger?position=1', allowed: ['finance', 'admin'] },
      { method: 'GET', path: `/api/finance/ledger/entries?bookingId=${someId}`, allowed: ['finance', 'admin'] },
      { method: 'GET', path: '/api/finance/ledger.csv', allowed: ['finance', 'admin'] },
      { method: 'GET', path: '/api/finance/ledger/entries.csv', allowed: ['finance', 'admin'] },
      { method: 'GET', path: `/api/finance/history?bookingId=${someId}`, allowed: ['finance', 'admin'] },
      { method: 'GET', path: `/api/finance/organizers/${someId}/history`, allowed: ['finance', 'admin'] },
      {
        method: 'POST',
        path: '/api/finance/reconciliations',
        body: { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date().toISOString() },
        allowed: ['finance', 'admin'],
      },
      { method: 'GET', path: `/api/finance/reconciliations/${someId}`, allowed: ['finance', 'admin'] },
      {
        method: 'GET',
        path: `/api/finance/reconciliations/${someId}/discrepancies.csv`,
        allowed: ['finance', 'admin'],
      },
      { method: 'GET', path: '/api/finance/analytics', allowed: ['finance', 'admin', 'analyst'] },
      { method: 'GET', path: '/api/organizer/analytics', allowed: ['organizer', 'admin'] },
      {
        method: 'POST',
        path: '/api/finance/refunds',
        body: { bookingId: someId, amount: { amount: 100, currency: 'EUR' }, reason: 'matrix' },
        allowed: ['finance', 'admin'],
      },
      {
        method: 'POST',
        path: `/api/finance/refunds/${someId}/manual`,
        body: { note: 'matrix' },
        allowed: ['finance', 'admin'],
      },
      { method: 'GET', path: '/api/organizer/invoice-settings', allowed: ['organizer'] },
      {
        method: 'PUT',
        path: '/api/organizer/invoice-settings',
        body: { sellerName: 'Matrix Ltd', sellerAddress: 'Main St 1', defaultTaxRate: 1900 },
        allowed: ['organizer'],
      },
      { method: 'GET', path: `/api/bookings/${someId}/calendar.ics`, allowed: 'signed-in' },
      // Scanners' keys: the event's organizer (this one is another's: 404), admins, ops.
      { method: 'GET', path: `/api/events/${eventId}/ticket-keys`, allowed: ['organizer', 'admin', 'ops'] },
      // Orders and sales of an event: its organizer and admins (another organizer 404); sales also finance, analysts.
      { method: 'GET', path: `/api/events/${eventId}/orders`, allowed: ['organizer', 'admin'] },
      {
        method: 'GET',
        path: `/api/events/${eventId}/orders?status=confirmed&q=ada&page=2`,
        allowed: ['organizer', 'admin'],
      },
      { method: 'GET', path: `/api/events/${eventId}/orders.csv`, allowed: ['organizer', 'admin'] },
      { method: 'GET', path: `/api/events/${eventId}/sales`, allowed: ['organizer', 'admin', 'finance', 'analyst'] },
      { method: 'GET', path: '/api/admin/bookings', allowed: ['admin'] },
      { method: 'GET', path: `/api/admin/bookings?eventId=${eventId}&status=pending-payment`, allowed: ['admin'] },
      { method: 'GET', path: '/api/me/bookings?when=upcoming', allowed: 'signed-in' },
      // The buyer, the event's organizer and admins (404 for an unknown id once allowed).
      { method: 'POST', path: `/api/bookings/${someId}/tickets/resend`, allowed: 'signed-in' },
      {
        method: 'POST',
        path: `/api/bookings/${someId}/tickets/${someId}/transfer`,
        body: { name: 'Bob', email: 'bob@example.com' },
        allowed: 'signed-in',
      },
      { method: 'POST', path: `/api/bookings/${someId}/tickets/${someId}/reissue`, body: {}, allowed: 'signed-in' },
      // The door (check-in): the event's organizer (another's event: 404), admins, ops.
      {
        method: 'POST',
        path: `/api/events/${someId}/check-ins`,
        body: { code: 'MATRIX', nonce: 'matrix-nonce-1' },
        allowed: ['organizer', 'admin', 'ops'],
      },
      {
        method: 'POST',
        path: `/api/events/${someId}/check-ins/manual`,
        body: { ticketId: someId, nonce: 'matrix-nonce-2' },
        allowed: ['organizer', 'admin', 'ops'],
      },
      {
        method: 'POST',
        path: `/api/events/${someId}/check-ins/batch`,
        body: { scans: [{ code: 'MATRIX', nonce: 'matrix-nonce-3', scannedAt: '2026-01-01T00:00:00.000Z' }] },
        allowed: ['organizer', 'admin', 'ops'],
      },
      { method: 'GET', path: `/api/events/${eventId}/check-ins/summary`, allowed: ['organizer', 'admin', 'ops'] },
      { method: 'GET', path: `/api/events/${eventId}/attendees?q=matrix`, allowed: ['organizer', 'admin', 'ops'] },
      { method: 'GET', path: `/api/events/${eventId}/ticket-revocations`, allowed: ['organizer', 'admin', 'ops'] },
      { method: 'GET', path: '/api/me', allowed: 'signed-in' },
      { method: 'GET', path: '/api/me/sessions', allowed: 'signed-in' },
      { method: 'GET', path: '/api/me/payment-methods', allowed: 'signed-in' },
      {
        method: 'POST',
        path: '/api/me/payment-methods',
        body: { cardNumber: '4000000000000002' },
        allowed: 'signed-in',
      },
      { method: 'POST', path: '/api/me/payment-methods/pm_matrix/default', allowed: 'signed-in' },
      { method: 'DELETE', path: '/api/me/payment-methods/pm_matrix', allowed: 'signed-in' },
      { method: 'DELETE', path: `/api/me/sessions/${someId}`, allowed: 'signed-in' },
      { method: 'DELETE', path: '/api/me/sessions', allowed: 'signed-in' },
      {
        method: 'POST',
        path: '/api/me/password',
        body: { currentPassword: 'x', newPassword: 'matrix passphrase ok' },
        allowed: 'signed-in',
      },
      { method: 'GET', path: '/api/admin/users', allowed: ['admin'] },
      { method: 'GET', path: `/api/admin/users/${someId}/security-history`, allowed: ['admin'] },
      { method: 'POST', path: `/api/admin/users/${someId}/roles`, body: { role: 'organizer' }, allowed: ['admin'] },
      { method: 'DELETE', path: `/api/admin/users/${someId}/roles/organizer`, allowed: ['admin'] },
      {
        method: 'POST',
        path: `/api/admin/users/${someId}/disable`,
        body: { reason: 'matrix test' },
        allowed: ['admin'],
      },
      { method: 'POST', path: `/api/admin/users/${someId}/enable`, allowed: ['admin'] },
      { method: 'DELETE', path: `/api/admin/users/${someId}/sessions`, allowed: ['admin'] },
      { method: 'POST', path: '/api/ops/projections/holds/rebuild', allowed: ['ops', 'admin'] },
      { method: 'GET', path: '/api/ops/projections/holds/rebuilds/none', allowed: ['ops', 'admin'] }, // 404 once allowed
      { method: 'GET', path: '/api/categories', allowed: 'everyone' },
      { method: 'GET', path: '/api/categories?include=retired', allowed: ['admin'] },
      { method: 'GET', path: '/api/tags?prefix=ja', allowed: 'everyone' },
      { method: 'POST', path: '/api/admin/categories', body: { slug: 'matrix', label: 'Matrix' }, allowed: ['admin'] },
      { method: 'PATCH', path: '/api/admin/categories/film', body: { label: 'Films' }, allowed: ['admin'] },
      { method: 'POST', path: '/api/admin/categories/film/retire', allowed: ['admin'] },
      { method: 'POST', path: '/api/admin/categories/film/restore', allowed: ['admin'] },
    ];
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets exactly the allowed callers past authorization on every endpoint', async () => {
    const failures: string[] = [];
    for (const endpoint of endpoints) {
      for (const who of WHO) {
        const response = await t.call(endpoint.method, endpoint.path, {
          body: endpoint.body,
          ...(who === 'anonymous' ? {} : { as: persona(who) }),
        });
        const allowed =
          endpoint.allowed === 'everyone' ||
          (endpoint.allowed === 'signed-in' ? who !== 'anonymous' : (endpoint.allowed as Who[]).includes(who));
        const label = `${endpoint.method} ${endpoint.path} as ${who}: ${response.status}`;
        if (
          allowed &&
          (response.status === 401 || response.status === 403) &&
          !/refresh|logout|verify|confirm|login/.test(endpoint.path)
        )
          failures.push(`${label} (should be allowed)`);
        if (!allowed) {
          const expected = who === 'anonymous' ? 401 : 403;
          if (response.status !== expected) failures.push(`${label} (expected ${expected})`);
          else expectProblem(response, expected);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers every catalog command on someone else’s unpublished event exactly as for an unknown id', async () => {
    const { eventId: draftId } = await t.createEvent(); // people.organizer's draft, not the matrix organizer's
    const commands = (id: string): Endpoint[] =>
      endpoints
        .filter((e) => e.method !== 'GET' && e.path.startsWith(`/api/events/${someId}`))
        .map((e) => ({ ...e, path: e.path.replace(someId, id) }));
    const differences: string[] = [];
    for (const who of ['organizer', 'attendee', 'finance'] as const) {
      const unknown = commands(someId);
      const draft = commands(draftId);
      for (const [i, endpoint] of draft.entries()) {
        const as = persona(who);
        const mine = await t.call(endpoint.method, endpoint.path, { body: endpoint.body, as });
        const none = await t.call(unknown[i].method, unknown[i].path, { body: unknown[i].body, as });
        const label = `${endpoint.method} ${endpoint.path.replace(draftId, '{draft}')} as ${who}`;
        if (mine.status !== none.status || mine.body?.type !== none.body?.type)
          differences.push(
            `${label}: ${mine.status} ${mine.body?.type} (unknown id: ${none.status} ${none.body?.type})`,
          );
        // What an organizer may do gets past the role check and then finds nothing (an upload without a file is refused first).
        const reachesEvent =
          who === 'organizer' && endpoint.allowed.includes('organizer') && !/images$/.test(endpoint.path);
        if (reachesEvent && mine.status !== 404) differences.push(`${label}: ${mine.status} (expected 404)`);
      }
    }
    expect(differences).toEqual([]);
    // Nor does a conditional edit (If-Match) tell a stranger the draft's revision.
    const conditional = { as: persona('organizer'), body: { title: 'Matrix edit' }, headers: { 'if-match': '"7"' } };
    const onDraft = await t.call('PATCH', `/api/events/${draftId}`, conditional);
    const onNothing = await t.call('PATCH', `/api/events/${someId}`, conditional);
    expectProblem(onDraft, 404);
    expect(onDraft.body.type).toBe(onNothing.body.type);
    const own = await t.call('GET', `/api/events/${draftId}`, { as: persona('admin') });
    expect(own.body).toMatchObject({ status: 'draft', title: 'Integration Night' }); // nothing changed it
  });
  it('answers every webhook endpoint operation on another organizer’s endpoint as on an unknown id (404)', async () => {
    const owner = persona('organizer');
    const stranger: Persona = { userId: '0190d000-0000-7000-8000-0000000000aa', roles: ['organizer'] };
    const created = await t.call('POST', '/api/webhook-endpoints', {
      as: owner,
      body: { url: 'https://hooks.example.com/owned', eventTypes: ['payment.succeeded'] },
    });
    expect(created.status).toBe(201);
    const id = created.body.endpointId as string;
    for (const endpointId of [id, someId]) {
      for (const [method, path, body] of [
        ['PATCH', `/api/webhook-endpoints/${endpointId}`, { enabled: false }],
        ['POST', `/api/webhook-endpoints/${endpointId}/secret`, undefined],
        ['DELETE', `/api/webhook-endpoints/${endpointId}`, undefined],
        ['GET', `/api/webhook-endpoints/${endpointId}/deliveries`, undefined],
        ['POST', `/api/webhook-endpoints/${endpointId}/deliveries/${someId}/resend`, undefined],
      ] as const)
        expectProblem(await t.call(method, path, { as: stranger, body }), 404);
    }
    const mine = await t.call('GET', '/api/webhook-endpoints', {
      as: owner,
      headers: { 'x-min-position': created.body.position },
    });
    expect(mine.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ endpointId: id, enabled: true })]),
    ); // nothing changed it
  });
});
