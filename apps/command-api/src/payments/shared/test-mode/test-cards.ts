/** Test-mode card numbers: Stripe's published test cards, so a Stripe user recognises them. */
export const TEST_CARDS = {
  succeeds: '4242424242424242',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
  stolen: '4000000000009979',
  threeDSecure: '4000002500003155',
  threeDSecure2: '4000000000003220',
  /** Pays, but every refund of the payment fails later (Stripe's `charge.refund.updated` → failed). */
  refundFails: '4000000000005126',
} as const;

export type CardBehaviour =
  | Readonly<{ kind: 'succeeds' }>
  | Readonly<{ kind: 'requires-3ds' }>
  | Readonly<{ kind: 'declines'; declineCode: string; message: string }>;

/** What a test card does when an intent is confirmed with it. Any other number is refused, as Stripe's test mode refuses real cards. */
export function cardBehaviour(cardNumber: string): CardBehaviour {
  switch (cardNumber) {
    case TEST_CARDS.succeeds:
    case TEST_CARDS.refundFails:
      return { kind: 'succeeds' };
    case TEST_CARDS.threeDSecure:
    case TEST_CARDS.threeDSecure2:
      return { kind: 'requires-3ds' };
    case TEST_CARDS.insufficientFunds:
      return { kind: 'declines', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' };
    case TEST_CARDS.stolen:
      return { kind: 'declines', declineCode: 'stolen_card', message: 'Your card was declined.' };
    case TEST_CARDS.declined:
      return { kind: 'declines', declineCode: 'card_declined', message: 'Your card was declined.' };
    default:
      return {
        kind: 'declines',
        declineCode: 'unknown_test_card',
        message: 'Test mode takes test card numbers only.',
      };
  }
}

/** The card's last four digits and brand: all the provider keeps of it. */
export function cardSummary(cardNumber: string): { last4: string; brand: string } {
  return { last4: cardNumber.slice(-4), brand: cardNumber.startsWith('4') ? 'visa' : 'unknown' };
}
