import { Injectable } from '@nestjs/common';
import { type CommandContext, CommandPipeline, walletModel } from '@booking/command-pipeline';
import { DomainError, type WalletState, cardExpired } from '@booking/domain';
import { type PaymentProvider, type SavedCardsPort, refusedByProvider } from '../../payments/shared/payment-provider';
import { PaymentProviders } from '../../payments/shared/payment-providers';

/** A saved card as the wallet's commands answer it (and the query side lists it). */
export type SavedCardView = {
  id: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  isDefault: boolean;
  expired: boolean;
  savedAt: string;
};

/**
 * What the wallet's use cases share: the card provider with its saved-cards port (PayPal keeps no
 * cards), the person's wallet on the write side, their customer at the provider (made once), and
 * a card as the answer shows it.
 */
@Injectable()
export class WalletCards {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly providers: PaymentProviders,
  ) {}

  provider(): PaymentProvider & { savedCards: SavedCardsPort } {
    const card = this.providers.card;
    if (!card.savedCards)
      throw DomainError.conflict('wallet.not-supported', 'The payment provider here keeps no saved cards');
    return card as PaymentProvider & { savedCards: SavedCardsPort };
  }

  read(userId: string): Promise<WalletState> {
    return this.pipeline.read(walletModel, userId);
  }

  /** The person's customer at the provider: created there once (keyed by the person), then recorded. */
  async customer(userId: string, context: CommandContext): Promise<string> {
    const provider = this.provider();
    const known = (await this.read(userId)).customers[provider.name];
    if (known) return known;
    const created = await provider.savedCards
      .createCustomer({ userId, idempotencyKey: `customer-${userId}` })
      .catch((error: unknown) => {
        throw refusedByProvider(error, 'a customer for this person');
      });
    const outcome = await this.pipeline.execute(
      walletModel,
      userId,
      { type: 'CreateWalletCustomer', data: { userId, provider: provider.name, customerId: created.id } },
      { ...context, expectedRevision: undefined, idempotencyTag: undefined },
    );
    return outcome.state.customers[provider.name] ?? created.id;
  }

  view(state: WalletState, paymentMethodId: string, now: Date): SavedCardView {
    const card = state.cards.find((c) => c.paymentMethodId === paymentMethodId);
    if (!card) throw DomainError.notFound('wallet.card-not-found', 'No such saved card of yours');
    return {
      id: card.paymentMethodId,
      brand: card.brand,
      last4: card.last4,
      expMonth: card.expMonth,
      expYear: card.expYear,
      isDefault: state.defaultId === card.paymentMethodId,
      expired: cardExpired(card, now),
      savedAt: card.savedAt,
    };
  }
}
