import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isProblem, setAccessToken } from '../../lib/api';
import { forgetPositions, readPosition } from '../../lib/read-your-writes';
import { declineMessage } from '../booking';
import { carriedPaymentNotice, carriedPaymentOf } from '../booking/payment-outcome';
import { bookingPagePath, landFromPayPal, paypalOrderIdOf } from './paypal-return';

const bookingId = '0190b000-0000-7000-8000-000000000001';
const orderId = '5O190127TN364715T';
const answer = (status: string, extra: Record<string, unknown> = {}) => ({
  paymentId: 'p1',
  bookingId,
  status,
  intentId: orderId,
  amount: { amount: 4200, currency: 'EUR' },
  bookingStatus: status === 'succeeded' ? 'confirmed' : 'pending-payment',
  returnUrl: `/bookings/${bookingId}`,
  position: '77',
  ...extra,
});

/** A stand-in of the API: answers every request with `response`, and keeps what was sent. */
function stubApi(response: () => Response) {
  const sent: { path: string; method?: string; headers: Headers; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init: RequestInit) => {
      sent.push({ path, method: init.method, headers: new Headers(init.headers), body: init.body });
      return response();
    }),
  );
  return sent;
}

const problem = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });

describe('PayPal’s order id from the return URL', () => {
  it('takes 10 to 32 uppercase letters and digits, nothing else', () => {
    expect(paypalOrderIdOf(orderId)).toBe(orderId);
    for (const bad of [
      null,
      undefined,
      '',
      'abc',
      '5o190127tn364715t',
      'ABC/../../x',
      `${orderId}?x=1`,
      'A'.repeat(33),
    ]) {
      expect(paypalOrderIdOf(bad)).toBeUndefined();
    }
  });

  it('links back to the booking page, and only to a path of this app', () => {
    expect(bookingPagePath(bookingId)).toBe(`/bookings/${bookingId}`);
    expect(bookingPagePath('../admin')).toBe('/me/bookings');
  });
});

describe('back from PayPal (fetch stand-in answering as the API documents)', () => {
  beforeEach(() => {
    forgetPositions();
    setAccessToken('access-token');
  });
  afterEach(() => {
    setAccessToken(null);
    vi.unstubAllGlobals();
  });

  it('captures the approved order, signed in and with an Idempotency-Key, then goes to the booking', async () => {
    const sent = stubApi(() => Response.json(answer('succeeded')));
    const landing = await landFromPayPal('return', { bookingId, token: orderId }, 'key-1');
    expect(sent).toHaveLength(1);
    expect(sent[0].path).toBe(`/api/payments/paypal/orders/${orderId}/capture`);
    expect(sent[0].method).toBe('POST');
    expect(sent[0].body).toBeUndefined();
    expect(sent[0].headers.get('Idempotency-Key')).toBe('key-1');
    expect(sent[0].headers.get('Authorization')).toBe('Bearer access-token');
    expect(landing).toMatchObject({ kind: 'navigate', to: `/bookings/${bookingId}` });
    // The booking page then reads the booking as of the capture (read-your-writes).
    expect(readPosition()).toBe('77');
  });

  it('carries a decline to the booking page, which says it in PayPal’s words', async () => {
    stubApi(() => Response.json(answer('declined', { reason: 'instrument_declined' })));
    const landing = await landFromPayPal('return', { bookingId, token: orderId }, 'key-1');
    if (landing.kind !== 'navigate') throw new Error(`expected to navigate, got ${landing.kind}`);
    expect(landing.to).toBe(`/bookings/${bookingId}`);
    const carried = carriedPaymentOf(landing.state, { bookingId, payments: [] });
    expect(carried).toMatchObject({ status: 'declined', reason: 'instrument_declined' });
    expect(declineMessage(carried?.reason)).toBe('PayPal declined the funding source; choose another way to pay.');
  });

  it('goes only to a booking page of this app, whatever the answer names', async () => {
    stubApi(() => Response.json(answer('succeeded', { returnUrl: 'https://evil.example/bookings/x' })));
    const landing = await landFromPayPal('return', { bookingId, token: orderId }, 'key-1');
    expect(landing).toMatchObject({ kind: 'navigate', to: `/bookings/${bookingId}` });
  });

  it('asks nothing of the server for a missing or invalid token', async () => {
    const sent = stubApi(() => Response.json(answer('succeeded')));
    expect(await landFromPayPal('return', { bookingId, token: null }, 'key-1')).toEqual({ kind: 'invalid-token' });
    expect(await landFromPayPal('return', { bookingId, token: 'not-an-order' }, 'key-1')).toEqual({
      kind: 'invalid-token',
    });
    expect(await landFromPayPal('cancel', { bookingId, token: '../../capture' }, 'key-1')).toEqual({
      kind: 'invalid-token',
    });
    expect(sent).toHaveLength(0);
  });

  it('shows the problem the server answers (409, 503 with Retry-After, 404)', async () => {
    stubApi(() =>
      problem(409, { code: 'payments.provider-refused', title: 'Conflict', detail: 'PayPal refused the capture.' }),
    );
    const refused = await landFromPayPal('return', { bookingId, token: orderId }, 'key-1');
    expect(refused.kind).toBe('problem');
    if (refused.kind !== 'problem' || !isProblem(refused.error)) throw new Error('expected a problem');
    expect(refused.error).toMatchObject({ status: 409, code: 'payments.provider-refused' });
    expect(refused.error.detail).toBe('PayPal refused the capture.');

    stubApi(() =>
      problem(
        503,
        { code: 'payments.provider-unavailable', detail: 'PayPal is unavailable.' },
        { 'Retry-After': '30' },
      ),
    );
    const unavailable = await landFromPayPal('return', { bookingId, token: orderId }, 'key-2');
    if (unavailable.kind !== 'problem' || !isProblem(unavailable.error)) throw new Error('expected a problem');
    expect(unavailable.error).toMatchObject({ status: 503, retryAfter: 30, isTransient: true });

    stubApi(() => problem(404, { detail: 'No such PayPal order.' }));
    const unknown = await landFromPayPal('cancel', { bookingId, token: orderId }, 'key-3');
    expect(unknown).toMatchObject({ kind: 'problem', error: { status: 404, detail: 'No such PayPal order.' } });
  });

  it('cancels the order the buyer left, then goes back to the booking, saying nothing was charged', async () => {
    const sent = stubApi(() => Response.json(answer('canceled')));
    const landing = await landFromPayPal('cancel', { bookingId, token: orderId }, 'key-1');
    expect(sent.map((s) => [s.method, s.path])).toEqual([['POST', `/api/payments/paypal/orders/${orderId}/cancel`]]);
    expect(sent[0].headers.get('Idempotency-Key')).toBe('key-1');
    if (landing.kind !== 'navigate') throw new Error(`expected to navigate, got ${landing.kind}`);
    expect(landing.to).toBe(`/bookings/${bookingId}`);
    const carried = carriedPaymentOf(landing.state, { bookingId, payments: [] });
    expect(carried && carriedPaymentNotice(carried)).toMatch(/^You left PayPal; nothing was charged/);
  });
});
