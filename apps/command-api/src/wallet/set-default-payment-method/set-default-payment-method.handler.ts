import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, walletModel } from '@booking/command-pipeline';
import { findCard } from '@booking/domain';
import { CLOCK, type Clock } from '@booking/platform';
import { refusedByProvider } from '../../payments/shared/payment-provider';
import { WalletCards } from '../shared/wallet-cards';
import {
  SetDefaultPaymentMethodCommand,
  type SetDefaultPaymentMethodResult,
} from './set-default-payment-method.command';

/**
 * The card checkout offers first: one of the person's saved cards (404 otherwise), made the
 * customer's default at the provider too (Stripe's invoice_settings.default_payment_method).
 */
@CommandHandler(SetDefaultPaymentMethodCommand)
export class SetDefaultPaymentMethodHandler implements ICommandHandler<SetDefaultPaymentMethodCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly wallets: WalletCards,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ data, context }: SetDefaultPaymentMethodCommand): Promise<SetDefaultPaymentMethodResult> {
    const userId = context.actor.userId;
    const state = await this.wallets.read(userId);
    const card = findCard(state, data.paymentMethodId);
    const provider = this.wallets.provider();
    const customerId = state.customers[card.provider];
    if (customerId && card.provider === provider.name)
      await provider.savedCards.setDefaultCard(customerId, card.paymentMethodId).catch((error: unknown) => {
        throw refusedByProvider(error, 'this card');
      });
    const outcome = await this.pipeline.execute(
      walletModel,
      userId,
      { type: 'SetDefaultPaymentMethod', data: { userId, paymentMethodId: card.paymentMethodId } },
      context,
    );
    const now = context.now ?? this.clock.now();
    return { card: this.wallets.view(outcome.state, card.paymentMethodId, now), position: outcome.position };
  }
}
