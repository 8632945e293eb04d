import { newId } from '../../lib/ids';
import { saveCard, type NewCardInput } from '../wallet';
import { awaitingAuthentication, challengePath } from './booking-status';
import { payBooking } from './booking.api';
import type { Booking, PaymentMethodInput, PaymentResult } from './booking.types';
import { stripeRedirect } from './stripe/payment-element';

/**
 * One payment attempt from the pay step. `save`: the signed-in buyer ticked "Save this card for
 * later", so the new card is saved to their wallet first and paid with as a saved card; each
 * request has its own Idempotency-Key, so a retry replays both instead of saving or paying twice.
 */
export type PayAttempt =
  | { method: PaymentMethodInput; idempotencyKey: string }
  | { method: NewCardInput; idempotencyKey: string; save: { idempotencyKey: string } };

/** A new card's attempt, saving the card first when the buyer asked: fresh keys, one per request. */
export function newCardAttempt(method: NewCardInput, saveFirst: boolean): PayAttempt {
  return saveFirst
    ? { method, idempotencyKey: newId(), save: { idempotencyKey: newId() } }
    : { method, idempotencyKey: newId() };
}

/** Saving the card failed (the problem is `cause`): nothing was paid. */
export class CardNotSavedError extends Error {
  constructor(cause: unknown) {
    super('The card could not be saved, so nothing was paid.', { cause });
    this.name = 'CardNotSavedError';
  }
}

/** Pays, saving the card first when asked; a card that cannot be saved is not paid with. */
export async function payByCard(bookingId: string, attempt: PayAttempt) {
  if (!('save' in attempt)) return payBooking(bookingId, attempt.method, attempt.idempotencyKey);
  let saved: Awaited<ReturnType<typeof saveCard>>;
  try {
    saved = await saveCard(attempt.method, attempt.save.idempotencyKey);
  } catch (error) {
    throw new CardNotSavedError(error);
  }
  return payBooking(bookingId, { savedPaymentMethodId: saved.card.id }, attempt.idempotencyKey);
}

/** What a failed attempt shows: which step failed, and the problem (the server's detail) to show. */
export function payFailure(error: unknown): { title: string; problem: unknown } {
  return error instanceof CardNotSavedError
    ? { title: 'Could not save the card', problem: error.cause }
    : { title: 'Could not pay', problem: error };
}

export type Provider = 'test-mode' | 'stripe';

/**
 * Where 3-D Secure takes the buyer: the test-mode provider's challenge page (a route of this SPA),
 * or Stripe's own page (leaving the SPA; only an https URL on stripe.com). Anything else, nowhere.
 */
export type ChallengeStep = { kind: 'route'; to: string } | { kind: 'leave'; url: string };

export function challengeStep(provider: Provider, result: Pick<PaymentResult, 'status' | 'nextAction'>) {
  if (result.status !== 'requires_action') return undefined;
  return stepTo(provider, result.nextAction?.url);
}

/** The booking's payment waiting for 3-D Secure, if its last one does: where to continue it. */
export function pendingChallenge(provider: Provider, booking: Pick<Booking, 'payments'>) {
  return stepTo(provider, awaitingAuthentication(booking));
}

function stepTo(provider: Provider, url: string | undefined): ChallengeStep | undefined {
  if (provider === 'test-mode') {
    const to = challengePath(url);
    return to ? { kind: 'route', to } : undefined;
  }
  const leave = url ? stripeRedirect({ status: 'requires_action', nextAction: { url } }) : undefined;
  return leave ? { kind: 'leave', url: leave } : undefined;
}
