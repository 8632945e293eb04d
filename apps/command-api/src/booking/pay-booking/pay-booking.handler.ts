import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, bookingModel, paymentModel, readState, walletModel } from '@booking/command-pipeline';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { CLOCK, type Clock, ID_GENERATOR, type IdGenerator, ProblemException, problem } from '@booking/platform';
import { cardForPayment, hasRole } from '@booking/domain';
import { mintId } from '../../http/command-context';
import { PaymentAttempts } from '../../payments/shared/payment-attempts';
import { PaymentProviderError, type PaymentProvider, refusedByProvider } from '../../payments/shared/payment-provider';
import { PaymentProviders } from '../../payments/shared/payment-providers';
import { PayBookingCommand, type PayBookingResult, type PaymentMethodChoice } from './pay-booking.command';

/**
 * One payment attempt of a booking: the booking stream first admits it (its buyer's, pending,
 * before the deadline, no other attempt under way: two requests cannot both charge), then the
 * provider creates the attempt's intent under the attempt's own idempotency key, then confirms it
 * with the card. Its answer goes to `payment-{id}`: succeeded or declined at once for most cards,
 * requires_action for 3-D Secure (the buyer is sent to the challenge; the result comes back by
 * the return and by webhook). A retried request (same Idempotency-Key) names the same attempt.
 */
@CommandHandler(PayBookingCommand)
export class PayBookingHandler implements ICommandHandler<PayBookingCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly attempts: PaymentAttempts,
    private readonly providers: PaymentProviders,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ data, context }: PayBookingCommand): Promise<PayBookingResult> {
    const { bookingId, method } = data;
    const { provider, paymentMethod, customerId } = await this.chosenMethod(method, context);
    const paymentId = mintId(context, this.ids, 'payment');
    await this.abandonChallenge(bookingId, paymentId, context);
    const started = await this.pipeline.execute(
      bookingModel,
      bookingId,
      { type: 'StartPayment', data: { bookingId, paymentId } },
      context,
    );
    if (started.state.status === 'none') throw new Error(`Booking ${bookingId} vanished`);
    const amount = started.state.total;
    const idempotencyKey = `attempt-${paymentId}`;
    // If-Match is the booking's revision, checked by StartPayment. The payment stream's commands are
    // idempotent in its decider, so they carry no key tag (a tag marks one command per stream).
    const unkeyed = { ...context, expectedRevision: undefined, idempotencyTag: undefined };
    const created = await provider
      .createIntent({
        amount,
        idempotencyKey,
        metadata: { paymentId, bookingId, idempotencyKey },
        ...(customerId ? { customerId } : {}),
      })
      .catch(async (error: unknown) => {
        // No intent of this attempt exists (or one nobody will confirm): the attempt ends here, so
        // the booking can be paid again at once instead of waiting on an attempt that never began.
        const reason = error instanceof PaymentProviderError ? error.code : 'provider-unavailable';
        await this.pipeline.execute(
          bookingModel,
          bookingId,
          { type: 'RecordPaymentDeclined', data: { bookingId, paymentId, reason } },
          unkeyed,
        );
        throw providerProblem(error);
      });
    await this.pipeline.execute(
      paymentModel,
      paymentId,
      {
        type: 'CreatePaymentIntent',
        data: { paymentId, bookingId, amount, provider: provider.name, intentId: created.id, idempotencyKey },
      },
      unkeyed,
    );
    // A confirmation that did not answer may have charged: the attempt stays in flight, its webhook
    // settles it, and a retry with the same Idempotency-Key resumes it (the same intent, key and all).
    const confirmed = await provider
      .confirmIntent({ intentId: created.id, paymentMethod, returnUrl: `/bookings/${bookingId}` })
      .catch(async (error: unknown) => {
        // A refusal charged nothing (an unknown or detached card, a state the provider will not
        // confirm from): the attempt ends, so the booking can be paid again at once.
        if (error instanceof PaymentProviderError)
          await this.pipeline.execute(
            bookingModel,
            bookingId,
            { type: 'RecordPaymentDeclined', data: { bookingId, paymentId, reason: error.code } },
            unkeyed,
          );
        throw providerProblem(error);
      });
    // Our ids, as we gave them: the confirmation's answer need not repeat the metadata.
    const intent = { ...confirmed, metadata: created.metadata };
    const { state, position } = await this.attempts.record(provider, intent, unkeyed);
    const booking = await readState(this.store, bookingModel, bookingId);
    if (booking.status === 'none') throw new Error(`Booking ${bookingId} vanished`);
    const status = state.status === 'failed' ? 'declined' : state.status;
    if (status === 'none' || status === 'requires_payment_method')
      throw new Error(`Payment ${paymentId} was not confirmed`);
    return {
      paymentId,
      bookingId,
      status,
      ...(intent.lastPaymentError && status === 'declined' ? { reason: intent.lastPaymentError.declineCode } : {}),
      intentId: intent.id,
      ...(status === 'requires_action' && intent.nextAction ? { nextAction: intent.nextAction } : {}),
      amount,
      bookingStatus: booking.status,
      position,
    };
  }

  /**
   * The buyer left a 3-D Secure challenge and pays again with another card: that attempt is
   * canceled at the provider first (recorded as PaymentCanceled, which frees the booking), as a
   * Stripe integration cancels an abandoned intent. Only for the booking's buyer or an admin;
   * anyone else goes on to StartPayment's 404. An attempt answered meanwhile is left alone.
   */
  private async abandonChallenge(bookingId: string, paymentId: string, context: PayBookingCommand['context']) {
    const booking = await this.pipeline.read(bookingModel, bookingId);
    if (booking.status !== 'pending-payment' || !booking.paymentInFlight || booking.paymentInFlight === paymentId)
      return;
    if (booking.buyerId !== context.actor.userId && !hasRole(context.actor, 'admin')) return;
    const attempt = await this.pipeline.read(paymentModel, booking.paymentInFlight);
    if (attempt.status !== 'requires_action' || !attempt.intentId) return;
    const provider = this.providers.named(attempt.provider);
    if (!provider) return;
    const canceled = await provider.cancelIntent(attempt.intentId, 'abandoned').catch((error: unknown) => {
      if (error instanceof PaymentProviderError) return undefined;
      throw error;
    });
    // PaymentAttempts records without the request's If-Match and idempotency tag.
    if (canceled) await this.attempts.record(provider, canceled, context);
  }

  /**
   * PayPal when asked for and configured; a saved card of the payer's own wallet (of the card
   * provider, not expired: the wallet decides) with their customer there; otherwise the card
   * provider, with the method it takes. Anything else is a 4xx (before anything is started).
   */
  private async chosenMethod(
    method: PaymentMethodChoice,
    context: PayBookingCommand['context'],
  ): Promise<{ provider: PaymentProvider; paymentMethod: string; customerId?: string }> {
    const { card, paypal } = this.providers;
    if ('savedPaymentMethodId' in method) {
      const wallet = await this.pipeline.read(walletModel, context.actor.userId);
      const saved = cardForPayment(wallet, method.savedPaymentMethodId, card.name, context.now ?? this.clock.now());
      const customerId = wallet.customers[card.name];
      return { provider: card, paymentMethod: saved.paymentMethodId, ...(customerId ? { customerId } : {}) };
    }
    if ('paypal' in method) {
      if (paypal) return { provider: paypal, paymentMethod: 'paypal' };
      throw methodNotTaken('PayPal is not offered here; pay by card');
    }
    if (card.paymentMethodField === 'cardNumber' && 'cardNumber' in method)
      return { provider: card, paymentMethod: method.cardNumber };
    if (card.paymentMethodField === 'paymentMethodId' && 'paymentMethodId' in method)
      return { provider: card, paymentMethod: method.paymentMethodId };
    throw methodNotTaken(`The configured card provider takes ${card.paymentMethodField}`);
  }
}

function methodNotTaken(detail: string): ProblemException {
  return new ProblemException(
    problem(400, 'payments/method-not-taken', 'Bad Request', detail, { code: 'payments.method-not-taken' }),
  );
}

const providerProblem = (error: unknown) => refusedByProvider(error, 'this payment');
