import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { cardExpired } from '@booking/domain';
import { APP_CONFIG, type AppConfig, CLOCK, type Clock } from '@booking/platform';
import type { WalletDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import type { SavedCardsView } from '../wallet.views';
import { MyPaymentMethodsQuery } from './my-payment-methods.query';

/**
 * The caller's saved cards, newest first, of the card provider configured now (a card saved with
 * another provider cannot pay here), each marked default and expired as it is today.
 */
@QueryHandler(MyPaymentMethodsQuery)
export class MyPaymentMethodsHandler implements IQueryHandler<MyPaymentMethodsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ args: { viewer } }: MyPaymentMethodsQuery): Promise<SavedCardsView> {
    const wallet = await (await this.readModels.collection<WalletDoc>('wallets')).findOne({ _id: viewer.userId });
    const provider = this.config.payments.provider;
    const now = this.clock.now();
    const items = (wallet?.cards ?? [])
      // An erased person's cards read `[erased]`: not listed.
      .filter((card) => card.provider === provider && /^[0-9]{4}$/.test(card.last4))
      .reverse()
      .map((card) => ({
        id: card.paymentMethodId,
        brand: card.brand,
        last4: card.last4,
        expMonth: card.expMonth,
        expYear: card.expYear,
        isDefault: wallet?.defaultId === card.paymentMethodId,
        expired: cardExpired(card, now),
        savedAt: card.savedAt,
      }));
    return { items };
  }
}
