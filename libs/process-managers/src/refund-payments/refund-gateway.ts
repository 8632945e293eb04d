import type { Money } from '@booking/domain';

/**
 * What the refund policy needs of the payment provider (the command API adapts its
 * PaymentProvider port to it): send one refund under its idempotency key. A provider that
 * refuses the refund (unknown intent, nothing left to refund) answers `refused`; any other error
 * is thrown, and the policy is run again later.
 */
export interface RefundGateway {
  refund(request: {
    /** The provider that took the payment (its PaymentIntentCreated); absent on payments recorded before. */
    provider?: string;
    intentId: string;
    amount: Money;
    idempotencyKey: string;
    metadata: { refundId: string; bookingId: string };
  }): Promise<RefundAnswer>;
}

export type RefundAnswer =
  | Readonly<{
      kind: 'accepted';
      providerRefundId: string;
      status: 'pending' | 'succeeded' | 'failed';
      reason?: string;
    }>
  | Readonly<{ kind: 'refused'; reason: string }>;
