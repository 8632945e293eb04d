import type { IntentStatus, Money, ProviderRecord, SavedCardDetails } from '@booking/domain';
import { DomainError } from '@booking/domain';
import { ProblemException, problem } from '@booking/platform';

/**
 * The payment provider port (DESIGN.md, "Ports"), shaped like Stripe's PaymentIntents: one intent
 * per payment attempt, created under the attempt's idempotency key, confirmed with a payment
 * method; 3-D Secure answers `requires_action` with a URL the buyer visits; refunds go back to the
 * intent's payment method. Webhooks (signed provider events) tell the app what changed later.
 */
export type PaymentIntent = Readonly<{
  id: string;
  amount: Money;
  status: Exclude<IntentStatus, 'failed'> | 'requires_payment_method';
  /** Our ids, as the intent's metadata: the attempt (payment stream) and its booking. */
  metadata: Readonly<{ paymentId: string; bookingId: string; idempotencyKey: string }>;
  /** 3-D Secure: where the buyer authenticates (an SPA route for the embedded provider). */
  nextAction?: Readonly<{ type: 'redirect_to_url'; url: string }>;
  /** Why the last confirmation failed (Stripe's last_payment_error): the intent wants another method. */
  lastPaymentError?: Readonly<{ code: string; declineCode: string; message: string }>;
  /** Whether money moved: set once succeeded. */
  chargeId?: string;
  cancellationReason?: string;
}>;

export type CreateIntentRequest = Readonly<{
  amount: Money;
  /** The buyer's customer at the provider: set when paying with a card saved there. */
  customerId?: string;
  /** One key per attempt (not per booking): asking again with it returns the same intent. */
  idempotencyKey: string;
  metadata: PaymentIntent['metadata'];
}>;

/**
 * paymentMethod: test mode takes a card number; Stripe a PaymentMethod id (pm_…) that its Payment
 * Element created in the buyer's browser. returnUrl: where 3-D Secure sends the buyer back to.
 */
export type ConfirmIntentRequest = Readonly<{ intentId: string; paymentMethod: string; returnUrl: string }>;

export type Refund = Readonly<{
  id: string;
  intentId: string;
  amount: Money;
  status: 'pending' | 'succeeded' | 'failed';
  failureReason?: string;
  /** Our ids, as the refund's metadata: the refund (its stream) and its booking. */
  metadata?: Readonly<{ refundId: string; bookingId: string }>;
}>;
/** One key per refund (not per payment): asking again with it returns the same refund. */
export type RefundRequest = Readonly<{
  intentId: string;
  amount: Money;
  idempotencyKey: string;
  metadata?: Refund['metadata'];
}>;

export interface PaymentProvider {
  readonly name: string;
  /** What a buyer pays with here: a card number (test mode), a PaymentMethod id (Stripe), or a PayPal approval. */
  readonly paymentMethodField: 'cardNumber' | 'paymentMethodId' | 'paypal';
  createIntent(request: CreateIntentRequest): Promise<PaymentIntent>;
  /** Confirming an intent that is past requires_payment_method returns it as it is: nothing is charged twice. */
  confirmIntent(request: ConfirmIntentRequest): Promise<PaymentIntent>;
  retrieveIntent(intentId: string): Promise<PaymentIntent | undefined>;
  cancelIntent(intentId: string, reason: string): Promise<PaymentIntent>;
  refund(request: RefundRequest): Promise<Refund>;
  /**
   * The provider's own records of charges and refunds created in [from, to), at most `limit` of
   * them (`truncated` beyond), for reconciliation; `coveredFrom`: from when it still keeps them.
   */
  statement(period: StatementRequest): Promise<ProviderStatement>;
  /** Saving cards for later (Stripe's Customers and SetupIntents): card providers have it, PayPal not. */
  readonly savedCards?: SavedCardsPort;
}

/** What the provider keeps of a saved card and tells us (never its number): what the wallet records. */
export type ProviderCard = SavedCardDetails;

/** A SetupIntent's outcome: the card saved on the customer, or refused with the provider's code. */
export type SetupOutcome =
  | Readonly<{ status: 'succeeded'; setupIntentId: string; card: ProviderCard }>
  | Readonly<{ status: 'failed'; setupIntentId: string; declineCode: string; message: string }>;

/**
 * Cards saved for later, with Stripe's semantics: one customer per person, a SetupIntent per card
 * (confirmed at once with the payment method the buyer entered), the card then attached to the
 * customer; a payment names the customer and the saved card's PaymentMethod id.
 */
export interface SavedCardsPort {
  createCustomer(request: Readonly<{ userId: string; idempotencyKey: string }>): Promise<{ id: string }>;
  /** paymentMethod: a card number in test mode, a PaymentMethod id (pm_…) on Stripe. */
  saveCard(
    request: Readonly<{ customerId: string; paymentMethod: string; idempotencyKey: string }>,
  ): Promise<SetupOutcome>;
  setDefaultCard(customerId: string, paymentMethodId: string): Promise<void>;
  /** Detaches the card from its customer; a card the provider no longer has is already gone. */
  removeCard(paymentMethodId: string): Promise<void>;
}

export type StatementRequest = Readonly<{ from: Date; to: Date; limit: number }>;
export type ProviderStatement = Readonly<{ records: ProviderRecord[]; coveredFrom: Date; truncated: boolean }>;
export const PAYMENT_PROVIDER = Symbol('PAYMENT_PROVIDER');

/** A provider's intent as the payment stream records it: a failed confirmation is the attempt's end. */
export function attemptStatus(intent: PaymentIntent): IntentStatus {
  if (intent.status === 'requires_payment_method' && intent.lastPaymentError) return 'failed';
  return intent.status;
}

/** Where a provider error said the call cannot be done (unknown intent, bad state): a 4xx for our caller. */
export class PaymentProviderError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A provider's refusal (a PaymentProviderError) as a 409 naming its code; anything else as it was. */
export function refusedByProvider(error: unknown, what = 'this request'): unknown {
  if (!(error instanceof PaymentProviderError)) return error;
  return DomainError.conflict('payments.provider-refused', `The payment provider refused ${what} (${error.code})`, {
    providerCode: error.code,
  });
}

/**
 * The provider did not answer, or would not let us in (network, its outage, our credentials, its
 * rate limit): a 503 for our caller, who may retry (nothing was charged by a call that failed so).
 * The provider's own words are logged by the adapter, never sent: they can describe our account.
 */
export function providerUnavailable(provider: string): ProblemException {
  return new ProblemException(
    problem(
      503,
      'payments/provider-unavailable',
      'Service Unavailable',
      'The payment provider cannot be reached right now; nothing was charged by this request; retry shortly',
      { code: 'payments.provider-unavailable', provider },
    ),
    { 'retry-after': '5' },
  );
}
