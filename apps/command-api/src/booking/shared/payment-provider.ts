import { Injectable } from '@nestjs/common';
import type { Money } from '@booking/domain';

/** What a charge asks of a provider. `paymentId` is the idempotency key: the same id charges once. */
export type ChargeRequest = Readonly<{ paymentId: string; amount: Money; cardNumber: string }>;
export type ChargeResult =
  Readonly<{ status: 'succeeded'; reference: string }> | Readonly<{ status: 'declined'; reason: string }>;

/** The payment port (DESIGN.md, "Ports"). The payments issue adds the real adapters behind it. */
export interface PaymentProvider {
  readonly name: string;
  charge(request: ChargeRequest): Promise<ChargeResult>;
}
export const PAYMENT_PROVIDER = Symbol('PAYMENT_PROVIDER');

/** Test-mode card numbers, as the big providers publish theirs. */
export const TEST_CARDS = {
  succeeds: '4242424242424242',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
} as const;

/**
 * The embedded test-mode provider: no money moves. The success card succeeds, the decline cards
 * decline, any other number is declined as unknown to test mode. A payment id is charged once:
 * asking again gives the first answer (what a real provider's idempotency key does).
 */
@Injectable()
export class TestModePaymentProvider implements PaymentProvider {
  readonly name = 'test-mode';
  private readonly answers = new Map<string, ChargeResult>();

  async charge({ paymentId, cardNumber }: ChargeRequest): Promise<ChargeResult> {
    const known = this.answers.get(paymentId);
    if (known) return known;
    const answer: ChargeResult =
      cardNumber === TEST_CARDS.succeeds
        ? { status: 'succeeded', reference: `test_${paymentId}` }
        : cardNumber === TEST_CARDS.insufficientFunds
          ? { status: 'declined', reason: 'insufficient_funds' }
          : cardNumber === TEST_CARDS.declined
            ? { status: 'declined', reason: 'card_declined' }
            : { status: 'declined', reason: 'unknown_test_card' };
    if (this.answers.size > 100_000) this.answers.clear();
    this.answers.set(paymentId, answer);
    return answer;
  }
}
