import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, walletModel } from '@booking/command-pipeline';
import { DomainError, MAX_SAVED_CARDS } from '@booking/domain';
import { CLOCK, type Clock, ID_GENERATOR, type IdGenerator, ProblemException, problem } from '@booking/platform';
import { mintId } from '../../http/command-context';
import { refusedByProvider } from '../../payments/shared/payment-provider';
import { WalletCards } from '../shared/wallet-cards';
import { SavePaymentMethodCommand, type SavePaymentMethodResult } from './save-payment-method.command';

/**
 * Saves a card for later (docs/payments.md, "Saved cards"): the person's customer at the card
 * provider (made once), a SetupIntent confirmed with the card the person entered (a test card in
 * test mode, the Payment Element's PaymentMethod on Stripe), then the card as the provider
 * describes it recorded on `wallet-{userId}`. A card the provider declines is a 422 and changes
 * nothing here. A retried request (same Idempotency-Key) is the same SetupIntent.
 */
@CommandHandler(SavePaymentMethodCommand)
export class SavePaymentMethodHandler implements ICommandHandler<SavePaymentMethodCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly wallets: WalletCards,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ data, context }: SavePaymentMethodCommand): Promise<SavePaymentMethodResult> {
    const userId = context.actor.userId;
    const provider = this.wallets.provider();
    const method = chosen(data.card, provider.paymentMethodField);
    // Refused before anything reaches the provider (the decider checks it again when it records).
    const wallet = await this.wallets.read(userId);
    if (wallet.cards.filter((card) => card.provider === provider.name).length >= MAX_SAVED_CARDS)
      throw DomainError.conflict('wallet.full', `At most ${MAX_SAVED_CARDS} cards can be saved; remove one first`);
    const customerId = await this.wallets.customer(userId, context);
    const setupKey = `setup-${mintId(context, this.ids, 'setup')}`;
    const outcome = await provider.savedCards
      .saveCard({ customerId, paymentMethod: method, idempotencyKey: setupKey })
      .catch((error: unknown) => {
        throw refusedByProvider(error, 'this card');
      });
    if (outcome.status === 'failed')
      throw new ProblemException(
        problem(422, 'wallet/card-declined', 'Unprocessable Content', `The card was not saved: ${outcome.message}`, {
          code: 'wallet.card-declined',
          declineCode: outcome.declineCode,
        }),
      );
    const recorded = await this.pipeline
      .execute(
        walletModel,
        userId,
        {
          type: 'SavePaymentMethod',
          data: { userId, provider: provider.name, setupIntentId: outcome.setupIntentId, ...outcome.card },
        },
        { ...context, expectedRevision: undefined },
      )
      .catch(async (error: unknown) => {
        // Saved at the provider but refused here (a racing save filled the wallet): detached again,
        // so no card stays at the provider that the wallet does not list.
        await provider.savedCards.removeCard(outcome.card.paymentMethodId).catch(() => undefined);
        throw error;
      });
    const now = context.now ?? this.clock.now();
    return { card: this.wallets.view(recorded.state, outcome.card.paymentMethodId, now), position: recorded.position };
  }
}

/** The form of card the configured provider takes, or a 400 naming it. */
function chosen(card: SavePaymentMethodCommand['data']['card'], field: string): string {
  if (field === 'cardNumber' && 'cardNumber' in card) return card.cardNumber;
  if (field === 'paymentMethodId' && 'paymentMethodId' in card) return card.paymentMethodId;
  throw new ProblemException(
    problem(400, 'payments/method-not-taken', 'Bad Request', `The configured card provider takes ${field}`, {
      code: 'payments.method-not-taken',
    }),
  );
}
