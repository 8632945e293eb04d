import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, bookingModel } from '@booking/command-pipeline';
import { DomainError, hasRole } from '@booking/domain';
import { PaymentAttempts } from '../shared/payment-attempts';
import { PaymentProviderError } from '../shared/payment-provider';
import { TestModePaymentProvider } from '../shared/test-mode/test-mode-provider';
import { CompleteChallengeCommand, type CompleteChallengeResult } from './complete-challenge.command';

/**
 * The test-mode 3-D Secure page's answer. The provider's half: the intent passes (and is
 * charged) or fails authentication, and its webhooks go out. Our half, as on a return from a
 * real provider's challenge: the intent as it now is goes to the attempt's stream, so the answer
 * already shows the booking confirmed, or the decline (the webhook then changes nothing). Only
 * the booking's buyer (or an admin) may answer; anyone else reads the intent as unknown.
 */
@CommandHandler(CompleteChallengeCommand)
export class CompleteChallengeHandler implements ICommandHandler<CompleteChallengeCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly attempts: PaymentAttempts,
    private readonly provider: TestModePaymentProvider,
  ) {}

  async execute({ data, context }: CompleteChallengeCommand): Promise<CompleteChallengeResult> {
    const unknown = DomainError.notFound('payments.intent-not-found', `No payment intent ${data.intentId} of yours`);
    const found = await this.provider.retrieveIntent(data.intentId);
    if (!found) throw unknown;
    const { bookingId, paymentId } = found.metadata;
    const booking = await this.pipeline.read(bookingModel, bookingId);
    if (booking.status === 'none') throw unknown;
    if (booking.buyerId !== context.actor.userId && !hasRole(context.actor, 'admin')) throw unknown;
    const intent = await this.provider.completeChallenge(data.intentId, data.outcome).catch((error: unknown) => {
      if (error instanceof PaymentProviderError) throw DomainError.conflict('payments.challenge-closed', error.message);
      throw error;
    });
    const { state, position } = await this.attempts.record(this.provider, intent, {
      ...context,
      expectedRevision: undefined,
    });
    const after = await this.pipeline.read(bookingModel, bookingId);
    if (after.status === 'none') throw unknown;
    const status = state.status === 'failed' ? 'declined' : state.status;
    if (status === 'none' || status === 'requires_payment_method')
      throw new Error(`Payment ${paymentId} was not recorded`);
    return {
      paymentId,
      bookingId,
      status,
      ...(intent.lastPaymentError ? { reason: intent.lastPaymentError.declineCode } : {}),
      intentId: intent.id,
      amount: intent.amount,
      bookingStatus: after.status,
      returnUrl: this.provider.returnUrlOf(intent.id) ?? `/bookings/${bookingId}`,
      position,
    };
  }
}
