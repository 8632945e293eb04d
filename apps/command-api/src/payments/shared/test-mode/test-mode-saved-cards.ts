import type { ProviderCard, SavedCardsPort, SetupOutcome } from '../payment-provider';
import { PaymentProviderError } from '../payment-provider';
import { type CardBehaviour, TEST_CARDS, cardBehaviour, cardSummary } from './test-cards';
import type { TestModeMemory } from './test-mode-memory';

/** A saved card as the embedded provider keeps it: what the card does, never its number. */
type KeptCard = ProviderCard & Readonly<{ customerId: string; behaviour: CardBehaviour; refundsFail: boolean }>;

/** How long a saved test card stays valid: test cards take any future expiry date. */
const VALID_YEARS = 4;

/**
 * The embedded provider's mirror of Stripe's Customers and SetupIntents: a customer per person, a
 * card saved on it by a SetupIntent confirmed at once. As in Stripe's test mode, saving checks the
 * card without charging it: a card that is declined outright (generic decline, stolen, an unknown
 * number) is refused, while one that would be declined for funds saves and declines when it pays.
 * 3-D Secure cards save without a challenge here, and ask for it when they pay.
 */
export class TestModeSavedCards implements SavedCardsPort {
  private readonly customers: Map<string, string>;
  private readonly cards: Map<string, KeptCard>;
  private readonly setups: Map<string, SetupOutcome>;

  constructor(
    memory: TestModeMemory,
    private readonly nextId: () => string,
    private readonly now: () => Date,
  ) {
    this.customers = memory.map('customer');
    this.cards = memory.map('payment-method');
    this.setups = memory.map('setup');
  }

  async createCustomer({ userId, idempotencyKey }: { userId: string; idempotencyKey: string }) {
    const known = this.customers.get(idempotencyKey);
    if (known) return { id: known };
    const id = `cus_${this.id()}`;
    this.customers.set(idempotencyKey, id);
    this.customers.set(`user:${userId}`, id);
    return { id };
  }

  async saveCard({
    customerId,
    paymentMethod: cardNumber,
    idempotencyKey,
  }: {
    customerId: string;
    paymentMethod: string;
    idempotencyKey: string;
  }): Promise<SetupOutcome> {
    const known = this.setups.get(idempotencyKey);
    if (known) return known;
    const setupIntentId = `seti_${this.id()}`;
    const behaviour = cardBehaviour(cardNumber);
    const outcome: SetupOutcome =
      behaviour.kind === 'declines' && behaviour.declineCode !== 'insufficient_funds'
        ? { status: 'failed', setupIntentId, declineCode: behaviour.declineCode, message: behaviour.message }
        : { status: 'succeeded', setupIntentId, card: this.keep(customerId, cardNumber, behaviour) };
    this.setups.set(idempotencyKey, outcome);
    return outcome;
  }

  async setDefaultCard(customerId: string, paymentMethodId: string): Promise<void> {
    const card = this.cards.get(paymentMethodId);
    if (!card || card.customerId !== customerId)
      throw new PaymentProviderError('resource_missing', `No such PaymentMethod on the customer: ${paymentMethodId}`);
  }

  async removeCard(paymentMethodId: string): Promise<void> {
    this.cards.delete(paymentMethodId);
  }

  /** What a saved card does when an intent of its customer is confirmed with it. */
  behaviourOf(
    paymentMethodId: string,
    customerId: string | undefined,
  ): { behaviour: CardBehaviour; refundsFail: boolean } {
    const card = this.cards.get(paymentMethodId);
    if (!card || card.customerId !== customerId)
      throw new PaymentProviderError('resource_missing', `No such PaymentMethod on the customer: ${paymentMethodId}`);
    return { behaviour: card.behaviour, refundsFail: card.refundsFail };
  }

  private keep(customerId: string, cardNumber: string, behaviour: CardBehaviour): ProviderCard {
    const { brand, last4 } = cardSummary(cardNumber);
    const card: ProviderCard = {
      paymentMethodId: `pm_${this.id()}`,
      brand,
      last4,
      expMonth: 12,
      expYear: this.now().getUTCFullYear() + VALID_YEARS,
    };
    this.cards.set(card.paymentMethodId, {
      ...card,
      customerId,
      behaviour,
      refundsFail: cardNumber === TEST_CARDS.refundFails,
    });
    return card;
  }

  private id(): string {
    return this.nextId().replace(/-/g, '');
  }
}
