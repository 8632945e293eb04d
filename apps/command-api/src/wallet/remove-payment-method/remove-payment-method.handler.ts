import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, walletModel } from '@booking/command-pipeline';
import { findCard } from '@booking/domain';
import { refusedByProvider } from '../../payments/shared/payment-provider';
import { WalletCards } from '../shared/wallet-cards';
import { RemovePaymentMethodCommand, type RemovePaymentMethodResult } from './remove-payment-method.command';

/**
 * Removes a saved card: detached from the customer at the provider first (so it can no longer be
 * charged), then removed from the wallet; removing the default makes the latest remaining card the
 * default (the decider says which).
 */
@CommandHandler(RemovePaymentMethodCommand)
export class RemovePaymentMethodHandler implements ICommandHandler<RemovePaymentMethodCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly wallets: WalletCards,
  ) {}

  async execute({ data, context }: RemovePaymentMethodCommand): Promise<RemovePaymentMethodResult> {
    const userId = context.actor.userId;
    const card = findCard(await this.wallets.read(userId), data.paymentMethodId);
    const provider = this.wallets.provider();
    if (card.provider === provider.name)
      await provider.savedCards.removeCard(card.paymentMethodId).catch((error: unknown) => {
        throw refusedByProvider(error, 'this card');
      });
    const outcome = await this.pipeline.execute(
      walletModel,
      userId,
      { type: 'RemovePaymentMethod', data: { userId, paymentMethodId: card.paymentMethodId } },
      context,
    );
    return { paymentMethodId: card.paymentMethodId, removed: true, position: outcome.position };
  }
}
