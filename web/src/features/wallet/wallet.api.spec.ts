import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isProblem, setAccessToken } from '../../lib/api';
import { forgetPositions, readPosition } from '../../lib/read-your-writes';
import { fetchSavedCards, makeDefaultCard, removeCard, saveCard } from './wallet.api';
import type { SavedCard } from './wallet.types';

const card: SavedCard = {
  id: 'pm_1',
  brand: 'visa',
  last4: '4242',
  expMonth: 12,
  expYear: 2030,
  isDefault: true,
  expired: false,
  savedAt: '2026-05-01T10:00:00.000Z',
};

/** A stand-in of the API: answers every request with `response`, and keeps what was sent. */
function stubApi(response: () => Response) {
  const sent: { path: string; method?: string; headers: Headers; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init: RequestInit) => {
      sent.push({
        path,
        method: init.method,
        headers: new Headers(init.headers),
        body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
      });
      return response();
    }),
  );
  return sent;
}

const problem = (status: number, body: Record<string, unknown>) =>
  new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

describe('the wallet API (fetch stand-in answering as the API documents)', () => {
  beforeEach(() => {
    forgetPositions();
    setAccessToken('access-token');
  });
  afterEach(() => {
    setAccessToken(null);
    vi.unstubAllGlobals();
  });

  it('lists the saved cards, signed in', async () => {
    const sent = stubApi(() => Response.json({ items: [card] }));
    expect(await fetchSavedCards()).toEqual({ items: [card] });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ path: '/api/me/payment-methods', method: 'GET', body: undefined });
    expect(sent[0].headers.get('Authorization')).toBe('Bearer access-token');
  });

  it('saves a test-mode card number with an Idempotency-Key, and later reads wait for it', async () => {
    const sent = stubApi(() => Response.json({ card, position: '41' }, { status: 201 }));
    expect(await saveCard({ cardNumber: '4242424242424242' }, 'key-1')).toEqual({ card, position: '41' });
    expect(sent[0]).toMatchObject({
      path: '/api/me/payment-methods',
      method: 'POST',
      body: { cardNumber: '4242424242424242' },
    });
    expect(sent[0].headers.get('Idempotency-Key')).toBe('key-1');
    expect(readPosition()).toBe('41');
  });

  it('saves the PaymentMethod Stripe made, by its id only', async () => {
    const sent = stubApi(() => Response.json({ card }, { status: 201 }));
    await saveCard({ paymentMethodId: 'pm_new' }, 'key-2');
    expect(sent[0].body).toEqual({ paymentMethodId: 'pm_new' });
    expect(sent[0].headers.get('Idempotency-Key')).toBe('key-2');
  });

  it('gives the server’s reason when the card is declined or the wallet is full', async () => {
    stubApi(() => problem(422, { code: 'wallet.card-declined', title: 'Card declined', detail: 'Reported stolen.' }));
    const declined = await saveCard({ cardNumber: '4000000000009979' }, 'key-3').catch((error: unknown) => error);
    expect(isProblem(declined) && [declined.status, declined.code, declined.detail]).toEqual([
      422,
      'wallet.card-declined',
      'Reported stolen.',
    ]);
    stubApi(() => problem(409, { code: 'wallet.full', detail: 'At most 10 cards.' }));
    const full = await saveCard({ cardNumber: '4242424242424242' }, 'key-4').catch((error: unknown) => error);
    expect(isProblem(full) && full.code).toBe('wallet.full');
  });

  it('makes a card the default: POST …/{id}/default with no body', async () => {
    const sent = stubApi(() => Response.json({ card }));
    expect(await makeDefaultCard('pm_1', 'key-5')).toMatchObject({ card });
    expect(sent[0]).toMatchObject({ path: '/api/me/payment-methods/pm_1/default', method: 'POST', body: undefined });
    expect(sent[0].headers.get('Idempotency-Key')).toBe('key-5');
  });

  it('removes a card: DELETE …/{id} with an Idempotency-Key', async () => {
    const sent = stubApi(() => Response.json({ paymentMethodId: 'pm_1', removed: true }));
    expect(await removeCard('pm_1', 'key-6')).toMatchObject({ paymentMethodId: 'pm_1', removed: true });
    expect(sent[0]).toMatchObject({ path: '/api/me/payment-methods/pm_1', method: 'DELETE', body: undefined });
    expect(sent[0].headers.get('Idempotency-Key')).toBe('key-6');
  });

  it('keeps an id inside its path segment', async () => {
    const sent = stubApi(() => Response.json({ paymentMethodId: 'x', removed: true }));
    await removeCard('../sessions', 'key-7');
    await makeDefaultCard('pm_1/../x', 'key-8');
    expect(sent.map((s) => s.path)).toEqual([
      '/api/me/payment-methods/..%2Fsessions',
      '/api/me/payment-methods/pm_1%2F..%2Fx/default',
    ]);
  });
});
