import type { ProviderRecord } from '@booking/domain';
import type {
  ConfirmIntentRequest,
  CreateIntentRequest,
  PaymentIntent,
  PaymentProvider,
  ProviderStatement,
  Refund,
  RefundRequest,
  StatementRequest,
} from '../payment-provider';
import { PaymentProviderError } from '../payment-provider';
import {
  INTENT_EVENT_TYPES,
  PAYMENT_FAILED,
  CHARGE_REFUNDED,
  REFUND_UPDATED,
  type ProviderEvent,
  intentObject,
  refundObject,
} from './provider-events';
import { TEST_CARDS, cardBehaviour } from './test-cards';
import { type TestModeMemory, inMemory } from './test-mode-memory';
import { TestModeSavedCards } from './test-mode-saved-cards';

type Charge = Readonly<{
  id: string;
  intentId: string;
  amount: PaymentIntent['amount'];
  createdAt: string;
  metadata: PaymentIntent['metadata'];
}>;

export type TestModeDeps = Readonly<{
  /** Where its records live (default: this process's memory only). */
  memory?: TestModeMemory;
  nextId: () => string;
  now: () => Date;
  /** Each state change as a provider event (the webhook dispatcher sends them). */
  emit: (event: ProviderEvent) => void;
  /** Where the 3-D Secure challenge lives (an SPA route). */
  challengeUrl: (intentId: string, returnUrl: string) => string;
}>;

const MAX_KEPT = 200_000;

/**
 * The embedded provider's memory: intents, charges and refunds, as Stripe's test mode keeps
 * them. No money moves and no card number is kept. The app keeps them in a file under DATA_DIR
 * (test-mode-memory.ts), so a restart remembers intents waiting for 3-D Secure and what was
 * charged; webhooks not yet delivered at a kill are lost (the webhook dispatcher's queue is memory).
 */
export class TestModeIntents implements PaymentProvider {
  readonly name = 'test-mode';
  readonly paymentMethodField = 'cardNumber';
  private readonly intents: Map<string, PaymentIntent>;
  private readonly byKey: Map<string, string>;
  private readonly refunds: Map<string, Refund>;
  private readonly returnUrls: Map<string, string>;
  /** Intents paid with the refund-fails card: their refunds are accepted, then fail. */
  private readonly refundsFail: Map<string, true>;
  /** Every charge made, by id: one per succeeded intent. */
  private readonly chargeById: Map<string, Charge>;
  /** When each refund was made, by refund id. */
  private readonly refundTimes: Map<string, string>;
  /** `since`: from when this memory holds records (its first start, or the oldest charge still kept). */
  private readonly meta: Map<string, string>;
  /** The customer an intent was created for (a payment with a saved card). */
  private readonly intentCustomers: Map<string, string>;
  readonly savedCards: TestModeSavedCards;

  constructor(private readonly deps: TestModeDeps) {
    const memory = deps.memory ?? inMemory();
    this.intents = memory.map('intent');
    this.byKey = memory.map('key');
    this.refunds = memory.map('refund');
    this.returnUrls = memory.map('return-url');
    this.refundsFail = memory.map('refund-fails');
    this.chargeById = memory.map('charge');
    this.refundTimes = memory.map('refund-time');
    this.meta = memory.map('meta');
    this.intentCustomers = memory.map('intent-customer');
    this.savedCards = new TestModeSavedCards(memory, deps.nextId, deps.now);
    if (!this.meta.has('since')) this.meta.set('since', deps.now().toISOString());
  }

  /** Every charge made, oldest first. */
  get charges(): readonly Charge[] {
    return [...this.chargeById.values()];
  }

  private get keptSince(): Date {
    return new Date(this.meta.get('since')!);
  }

  /** Its charges and refunds of the period, as Stripe lists them; it remembers only since it started. */
  async statement({ from, to, limit }: StatementRequest): Promise<ProviderStatement> {
    const within = (at: string) => at >= from.toISOString() && at < to.toISOString();
    const charges: ProviderRecord[] = [...this.chargeById.values()]
      .filter((charge) => within(charge.createdAt))
      .map((charge) => ({
        kind: 'charge',
        id: charge.id,
        intentId: charge.intentId,
        amount: charge.amount,
        status: 'succeeded',
        createdAt: charge.createdAt,
        paymentId: charge.metadata.paymentId,
        bookingId: charge.metadata.bookingId,
      }));
    const refunds: ProviderRecord[] = [...this.refunds.values()]
      .filter((refund) => within(this.refundTimes.get(refund.id) ?? ''))
      .map((refund) => ({
        kind: 'refund',
        id: refund.id,
        intentId: refund.intentId,
        amount: refund.amount,
        status: refund.status,
        createdAt: this.refundTimes.get(refund.id)!,
        ...(refund.metadata ? { refundId: refund.metadata.refundId, bookingId: refund.metadata.bookingId } : {}),
      }));
    const records = [...charges, ...refunds].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return {
      records: records.slice(0, limit),
      coveredFrom: from > this.keptSince ? from : this.keptSince,
      truncated: records.length > limit,
    };
  }

  async createIntent({ amount, idempotencyKey, metadata, customerId }: CreateIntentRequest): Promise<PaymentIntent> {
    const known = this.byKey.get(idempotencyKey);
    if (known) {
      const intent = this.intents.get(known);
      if (intent && intent.amount.amount === amount.amount && intent.amount.currency === amount.currency) return intent;
      throw new PaymentProviderError('idempotency_key_in_use', 'This idempotency key was used with other parameters');
    }
    if (!Number.isSafeInteger(amount.amount) || amount.amount <= 0) {
      throw new PaymentProviderError('amount_invalid', 'An intent is for a positive amount');
    }
    const intent: PaymentIntent = {
      id: `pi_${this.deps.nextId().replace(/-/g, '')}`,
      amount,
      status: 'requires_payment_method',
      metadata,
    };
    this.keep(intent);
    this.byKey.set(idempotencyKey, intent.id);
    if (customerId) this.intentCustomers.set(intent.id, customerId);
    this.emit(INTENT_EVENT_TYPES.requires_payment_method, intent);
    return intent;
  }

  /** paymentMethod: a test card number, or a saved card's PaymentMethod id (pm_…) of the intent's customer. */
  async confirmIntent({ intentId, paymentMethod, returnUrl }: ConfirmIntentRequest): Promise<PaymentIntent> {
    const intent = this.get(intentId);
    // Confirmed before (a retried call): the same answer, nothing charged again.
    if (intent.status !== 'requires_payment_method' || intent.lastPaymentError) return intent;
    const { behaviour, refundsFail } = paymentMethod.startsWith('pm_')
      ? this.savedCards.behaviourOf(paymentMethod, this.intentCustomers.get(intentId))
      : { behaviour: cardBehaviour(paymentMethod), refundsFail: paymentMethod === TEST_CARDS.refundFails };
    if (refundsFail) this.refundsFail.set(intentId, true);
    if (behaviour.kind === 'succeeds') return this.succeed(intent);
    if (behaviour.kind === 'declines') {
      const lastPaymentError = {
        code: 'card_declined',
        declineCode: behaviour.declineCode,
        message: behaviour.message,
      };
      return this.update({ ...intent, lastPaymentError }, PAYMENT_FAILED);
    }
    this.returnUrls.set(intentId, returnUrl);
    const nextAction = { type: 'redirect_to_url' as const, url: this.deps.challengeUrl(intentId, returnUrl) };
    return this.update({ ...intent, status: 'requires_action', nextAction }, INTENT_EVENT_TYPES.requires_action);
  }

  /** The buyer's answer on the 3-D Secure page: pass → processing → succeeded; fail → declined. */
  async completeChallenge(intentId: string, outcome: 'pass' | 'fail'): Promise<PaymentIntent> {
    const intent = this.get(intentId);
    if (intent.status !== 'requires_action') {
      throw new PaymentProviderError(
        'payment_intent_unexpected_state',
        `The intent is ${this.describe(intent)}, not awaiting authentication`,
      );
    }
    const { nextAction: _done, ...rest } = intent;
    if (outcome === 'fail') {
      const lastPaymentError = {
        code: 'payment_intent_authentication_failure',
        declineCode: 'authentication_failed',
        message: 'The card holder did not pass 3-D Secure.',
      };
      return this.update({ ...rest, status: 'requires_payment_method', lastPaymentError }, PAYMENT_FAILED);
    }
    const processing = this.update({ ...rest, status: 'processing' }, INTENT_EVENT_TYPES.processing);
    return this.succeed(processing);
  }

  async retrieveIntent(intentId: string): Promise<PaymentIntent | undefined> {
    return this.intents.get(intentId);
  }

  returnUrlOf(intentId: string): string | undefined {
    return this.returnUrls.get(intentId);
  }

  async cancelIntent(intentId: string, reason: string): Promise<PaymentIntent> {
    const intent = this.get(intentId);
    if (intent.status === 'canceled') return intent;
    if (intent.status === 'succeeded' || intent.status === 'processing') {
      throw new PaymentProviderError('payment_intent_unexpected_state', `The intent is ${intent.status}`);
    }
    const { nextAction: _gone, ...rest } = intent;
    return this.update({ ...rest, status: 'canceled', cancellationReason: reason }, INTENT_EVENT_TYPES.canceled);
  }

  async refund({ intentId, amount, idempotencyKey, metadata }: RefundRequest): Promise<Refund> {
    const known = this.refunds.get(idempotencyKey);
    if (known) return known;
    const intent = this.get(intentId);
    if (intent.status !== 'succeeded') {
      throw new PaymentProviderError('charge_not_captured', 'Only a succeeded payment can be refunded');
    }
    if (amount.currency !== intent.amount.currency) {
      throw new PaymentProviderError('currency_mismatch', `The payment was in ${intent.amount.currency}`);
    }
    const refunded = [...this.refunds.values()]
      .filter((r) => r.intentId === intentId && r.status !== 'failed')
      .reduce((sum, r) => sum + r.amount.amount, 0);
    if (!Number.isSafeInteger(amount.amount) || amount.amount <= 0 || refunded + amount.amount > intent.amount.amount) {
      throw new PaymentProviderError(
        'amount_too_large',
        'A refund is positive and never more than what is left of the payment',
      );
    }
    const id = `re_${this.deps.nextId().replace(/-/g, '')}`;
    this.refundTimes.set(id, this.deps.now().toISOString());
    const meta = metadata ? { metadata } : {};
    if (this.refundsFail.has(intentId)) {
      // Accepted (pending), then failed: the answer says pending, the webhook says failed.
      const failureReason = 'expired_or_canceled_card';
      const failed: Refund = { id, intentId, amount, status: 'failed', failureReason, ...meta };
      this.refunds.set(idempotencyKey, failed);
      this.deps.emit(this.event(REFUND_UPDATED, refundObject(failed)));
      return { id, intentId, amount, status: 'pending', ...meta };
    }
    const refund: Refund = { id, intentId, amount, status: 'succeeded', ...meta };
    this.refunds.set(idempotencyKey, refund);
    this.deps.emit(this.event(CHARGE_REFUNDED, refundObject(refund)));
    return refund;
  }

  private succeed(intent: PaymentIntent): PaymentIntent {
    const chargeId = `ch_${this.deps.nextId().replace(/-/g, '')}`;
    const createdAt = this.deps.now().toISOString();
    this.chargeById.set(chargeId, {
      id: chargeId,
      intentId: intent.id,
      amount: intent.amount,
      createdAt,
      metadata: intent.metadata,
    });
    if (this.chargeById.size > MAX_KEPT) {
      this.chargeById.delete(this.chargeById.keys().next().value as string);
      this.meta.set('since', this.chargeById.values().next().value!.createdAt);
    }
    const { lastPaymentError: _none, nextAction: _done, ...rest } = intent;
    return this.update({ ...rest, status: 'succeeded', chargeId }, INTENT_EVENT_TYPES.succeeded);
  }

  private update(intent: PaymentIntent, eventType: string): PaymentIntent {
    this.keep(intent);
    this.emit(eventType, intent);
    return intent;
  }

  private keep(intent: PaymentIntent): void {
    this.intents.set(intent.id, intent);
    if (this.intents.size > MAX_KEPT) {
      const oldest = this.intents.keys().next().value as string;
      this.intents.delete(oldest);
      this.returnUrls.delete(oldest);
    }
    if (this.byKey.size > MAX_KEPT) this.byKey.delete(this.byKey.keys().next().value as string);
  }

  private get(intentId: string): PaymentIntent {
    const intent = this.intents.get(intentId);
    if (!intent) throw new PaymentProviderError('resource_missing', `No such payment intent: ${intentId}`);
    return intent;
  }

  private describe(intent: PaymentIntent): string {
    return intent.lastPaymentError ? 'declined' : intent.status;
  }

  private emit(type: string, intent: PaymentIntent): void {
    this.deps.emit(this.event(type, intentObject(intent)));
  }

  private event(type: string, object: Record<string, unknown>): ProviderEvent {
    return {
      id: `evt_${this.deps.nextId().replace(/-/g, '')}`,
      object: 'event',
      type,
      created: Math.floor(this.deps.now().getTime() / 1000),
      livemode: false,
      data: { object },
    };
  }
}
