import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isProblem, setAccessToken } from '../../lib/api';
import { forgetPositions } from '../../lib/read-your-writes';
import type { BookingPayment } from './booking.types';
import {
  CardNotSavedError,
  challengeStep,
  newCardAttempt,
  payByCard,
  payFailure,
  pendingChallenge,
  type PayAttempt,
} from './card-payment';

const bookingId = '0190b000-0000-7000-8000-000000000001';
const card = {
  id: 'pm_saved',
  brand: 'visa',
  last4: '4242',
  expMonth: 12,
  expYear: 2030,
  isDefault: true,
  expired: false,
  savedAt: '2026-05-01T10:00:00.000Z',
};
const paid = (status = 'succeeded', extra: Record<string, unknown> = {}) => ({
  paymentId: 'p1',
  bookingId,
  status,
  intentId: 'pi_1',
  amount: { amount: 4200, currency: 'EUR' },
  bookingStatus: status === 'succeeded' ? 'confirmed' : 'pending-payment',
  position: '90',
  ...extra,
});

const problem = (status: number, body: Record<string, unknown>) =>
  new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

/** A stand-in of the API answering by path (saving a card, paying), keeping what was sent in order. */
function stubApi(answers: { save?: () => Response; pay?: () => Response }) {
  const sent: { path: string; method?: string; key: string | null; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init: RequestInit) => {
      sent.push({
        path,
        method: init.method,
        key: new Headers(init.headers).get('Idempotency-Key'),
        body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
      });
      const answer = path === '/api/me/payment-methods' ? answers.save : answers.pay;
      if (!answer) throw new Error(`unexpected request ${path}`);
      return answer();
    }),
  );
  return sent;
}

describe('paying by card, saving the card first when asked (fetch stand-in)', () => {
  beforeEach(() => {
    forgetPositions();
    setAccessToken('access-token');
  });
  afterEach(() => {
    setAccessToken(null);
    vi.unstubAllGlobals();
  });

  it('pays with a new card in one request when the box is not ticked, as before', async () => {
    const sent = stubApi({ pay: () => Response.json(paid()) });
    const result = await payByCard(bookingId, { method: { cardNumber: '4242424242424242' }, idempotencyKey: 'pay-1' });
    expect(result.status).toBe('succeeded');
    expect(sent).toEqual([
      {
        path: `/api/bookings/${bookingId}/payments`,
        method: 'POST',
        key: 'pay-1',
        body: { cardNumber: '4242424242424242' },
      },
    ]);
  });

  it('pays with a saved card in one step, naming it only', async () => {
    const sent = stubApi({ pay: () => Response.json(paid()) });
    await payByCard(bookingId, { method: { savedPaymentMethodId: 'pm_saved' }, idempotencyKey: 'pay-2' });
    expect(sent).toEqual([
      {
        path: `/api/bookings/${bookingId}/payments`,
        method: 'POST',
        key: 'pay-2',
        body: { savedPaymentMethodId: 'pm_saved' },
      },
    ]);
  });

  it('saves the card, then pays with the saved card, each request with its own key', async () => {
    const sent = stubApi({
      save: () => Response.json({ card }, { status: 201 }),
      pay: () => Response.json(paid('requires_action', { nextAction: { type: 'redirect_to_url', url: '/x' } })),
    });
    const attempt: PayAttempt = {
      method: { cardNumber: '4000002500003155' },
      idempotencyKey: 'pay-3',
      save: { idempotencyKey: 'save-3' },
    };
    const result = await payByCard(bookingId, attempt);
    expect(result.status).toBe('requires_action');
    expect(sent).toEqual([
      { path: '/api/me/payment-methods', method: 'POST', key: 'save-3', body: { cardNumber: '4000002500003155' } },
      {
        path: `/api/bookings/${bookingId}/payments`,
        method: 'POST',
        key: 'pay-3',
        body: { savedPaymentMethodId: 'pm_saved' },
      },
    ]);
  });

  it('saves a Stripe PaymentMethod the same way', async () => {
    const sent = stubApi({
      save: () => Response.json({ card }, { status: 201 }),
      pay: () => Response.json(paid()),
    });
    await payByCard(bookingId, {
      method: { paymentMethodId: 'pm_from_element' },
      idempotencyKey: 'pay-4',
      save: { idempotencyKey: 'save-4' },
    });
    expect(sent.map((s) => s.body)).toEqual([
      { paymentMethodId: 'pm_from_element' },
      { savedPaymentMethodId: 'pm_saved' },
    ]);
  });

  it('pays nothing when the card cannot be saved, and says why in the server’s words', async () => {
    const sent = stubApi({
      save: () => problem(422, { code: 'wallet.card-declined', title: 'Card declined', detail: 'Insufficient funds.' }),
      pay: () => Response.json(paid()),
    });
    const error = await payByCard(bookingId, {
      method: { cardNumber: '4000000000009995' },
      idempotencyKey: 'pay-5',
      save: { idempotencyKey: 'save-5' },
    }).catch((e: unknown) => e);
    expect(sent.map((s) => s.path)).toEqual(['/api/me/payment-methods']);
    expect(error).toBeInstanceOf(CardNotSavedError);
    const failure = payFailure(error);
    expect(failure.title).toBe('Could not save the card');
    expect(isProblem(failure.problem) && [failure.problem.code, failure.problem.detail]).toEqual([
      'wallet.card-declined',
      'Insufficient funds.',
    ]);
  });

  it('pays nothing when the wallet is full', async () => {
    const sent = stubApi({ save: () => problem(409, { code: 'wallet.full' }), pay: () => Response.json(paid()) });
    const error = await payByCard(bookingId, {
      method: { cardNumber: '4242424242424242' },
      idempotencyKey: 'pay-6',
      save: { idempotencyKey: 'save-6' },
    }).catch((e: unknown) => e);
    expect(sent).toHaveLength(1);
    expect(payFailure(error).title).toBe('Could not save the card');
  });

  it('tells a refused saved card as a payment failure', async () => {
    stubApi({ pay: () => problem(422, { code: 'wallet.card-expired', detail: 'The card expired.' }) });
    const error = await payByCard(bookingId, {
      method: { savedPaymentMethodId: 'pm_old' },
      idempotencyKey: 'pay-7',
    }).catch((e: unknown) => e);
    const failure = payFailure(error);
    expect(failure.title).toBe('Could not pay');
    expect(isProblem(failure.problem) && failure.problem.code).toBe('wallet.card-expired');
  });
});

describe('a new card’s attempt', () => {
  it('saves first only when asked, with a key per request', () => {
    expect(newCardAttempt({ cardNumber: '4242424242424242' }, false)).toEqual({
      method: { cardNumber: '4242424242424242' },
      idempotencyKey: expect.any(String),
    });
    const saving = newCardAttempt({ cardNumber: '4242424242424242' }, true);
    if (!('save' in saving)) throw new Error('expected a save');
    expect(saving.save.idempotencyKey).not.toBe(saving.idempotencyKey);
    expect(newCardAttempt({ paymentMethodId: 'pm_1' }, false).idempotencyKey).not.toBe(saving.idempotencyKey);
  });
});

describe('3-D Secure after paying with a saved card, as on the card path', () => {
  const challenge = `/payments/test-mode/challenge/pi_${'ab'.repeat(16)}?return=%2Fbookings%2Fb1`;
  const stripe = 'https://hooks.stripe.com/3d_secure_2/hosted?merchant=acct_1';
  const answer = (url: string) => ({
    status: 'requires_action' as const,
    nextAction: { type: 'redirect_to_url' as const, url },
  });
  const payment = (extra: Partial<BookingPayment>): BookingPayment => ({
    paymentId: 'p',
    amount: { amount: 100, currency: 'EUR' },
    status: 'requires_action',
    ...extra,
  });

  it('goes to the test-mode challenge page within the SPA', () => {
    expect(challengeStep('test-mode', answer(challenge))).toEqual({ kind: 'route', to: challenge });
    expect(challengeStep('test-mode', answer('https://evil.example/3ds'))).toBeUndefined();
  });

  it('leaves for Stripe’s own page, and no other', () => {
    expect(challengeStep('stripe', answer(stripe))).toEqual({ kind: 'leave', url: stripe });
    expect(challengeStep('stripe', answer('https://evil.example/stripe.com'))).toBeUndefined();
    expect(challengeStep('stripe', answer(challenge))).toBeUndefined();
  });

  it('goes nowhere for a payment that needs nothing more', () => {
    expect(challengeStep('test-mode', { status: 'succeeded' })).toBeUndefined();
    expect(challengeStep('stripe', { status: 'declined' })).toBeUndefined();
  });

  it('continues a payment the booking shows waiting for 3-D Secure', () => {
    expect(pendingChallenge('test-mode', { payments: [payment({ nextActionUrl: challenge })] })).toEqual({
      kind: 'route',
      to: challenge,
    });
    expect(pendingChallenge('stripe', { payments: [payment({ nextActionUrl: stripe })] })).toEqual({
      kind: 'leave',
      url: stripe,
    });
    expect(pendingChallenge('stripe', { payments: [payment({ status: 'declined' })] })).toBeUndefined();
    expect(pendingChallenge('test-mode', { payments: [] })).toBeUndefined();
  });
});
