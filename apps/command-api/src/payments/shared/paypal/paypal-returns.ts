import { Injectable } from '@nestjs/common';
import { type CommandContext, CommandPipeline, bookingModel, paymentModel } from '@booking/command-pipeline';
import { DomainError, hasRole } from '@booking/domain';
import type { PayBookingResult } from '../../../booking/pay-booking/pay-booking.command';
import { PaymentAttempts } from '../payment-attempts';
import { type PaymentIntent, PaymentProviderError } from '../payment-provider';
import { PaymentProviders } from '../payment-providers';
import type { PayPalPaymentProvider } from './paypal-provider';

export type PayPalReturnResult = Omit<PayBookingResult, 'nextAction'> & { returnUrl: string };

/** Attempt states after which nothing is captured any more (money that moved is still recorded). */
const FINAL = new Set(['succeeded', 'failed', 'canceled']);

/**
 * What happens to a PayPal order after the buyer was sent to PayPal, from the buyer's return (or
 * cancel), or from PayPal's webhook when the browser never came back: the order is captured once
 * if it was approved and its attempt is still open, and the order as it then is goes to the
 * attempt's stream, which the booking follows (confirmed, or free to be paid again).
 */
@Injectable()
export class PayPalReturns {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly attempts: PaymentAttempts,
    private readonly providers: PaymentProviders,
  ) {}

  /** The buyer came back from PayPal having approved: capture, record, and answer with the booking. */
  async capture(orderId: string, context: CommandContext): Promise<PayPalReturnResult> {
    const { paypal, found } = await this.ownOrder(orderId, context);
    if (found.status === 'requires_action' || found.status === 'requires_payment_method')
      throw DomainError.conflict('payments.paypal-not-approved', 'The buyer has not approved this order on PayPal');
    const intent = await this.settle(paypal, found, context);
    return this.answer(paypal, intent, context);
  }

  /**
   * The buyer left PayPal without paying: the attempt ends (canceled) and the booking may be paid
   * again. An attempt whose capture is under way (processing) is not canceled: the answer says so.
   */
  async cancel(orderId: string, context: CommandContext): Promise<PayPalReturnResult> {
    const { paypal, found } = await this.ownOrder(orderId, context);
    const attempt = await this.pipeline.read(paymentModel, found.metadata.paymentId);
    const intent = FINAL.has(attempt.status) ? found : await paypal.cancelIntent(orderId, 'abandoned');
    return this.answer(paypal, intent, context);
  }

  /**
   * A PayPal webhook about an order: the order is read from PayPal (its word, not the payload's),
   * captured when approved and still open, and recorded. Undefined when it is no attempt of ours.
   */
  async fromWebhook(orderId: string, context: CommandContext): Promise<bigint | undefined> {
    const paypal = this.providers.paypal;
    const found = paypal ? await paypal.retrieveIntent(orderId) : undefined;
    if (!paypal || !found || !(await this.isOurAttempt(found))) return undefined;
    const intent = await this.settle(paypal, found, context);
    return (await this.attempts.record(paypal, intent, context)).position;
  }

  /**
   * Captures an approved order while its attempt is open. The attempt moves to processing on its
   * stream first: a cancel racing this capture is either recorded before (the attempt is canceled,
   * and nothing is captured) or after (a processing attempt is not canceled, and the capture's
   * outcome is recorded). The stream decides the order, so a canceled attempt is never charged.
   */
  private async settle(paypal: PayPalPaymentProvider, found: PaymentIntent, context: CommandContext) {
    if (found.status !== 'processing') return found;
    const { state } = await this.attempts.record(paypal, found, context);
    if (state.status !== 'processing') return found;
    return paypal.capture(found.id).catch((error: unknown) => {
      if (error instanceof PaymentProviderError)
        throw DomainError.conflict('payments.provider-refused', `PayPal refused the capture (${error.code})`);
      throw error;
    });
  }

  /** An order is one of ours when the attempt its ids name was recorded with this very order. */
  private async isOurAttempt(found: PaymentIntent): Promise<boolean> {
    const attempt = await this.pipeline.read(paymentModel, found.metadata.paymentId);
    return attempt.status !== 'none' && attempt.intentId === found.id;
  }

  /** The order, if it is one of ours whose booking the caller may pay (its buyer, or an admin); else 404. */
  private async ownOrder(orderId: string, context: CommandContext) {
    const unknown = DomainError.notFound('payments.intent-not-found', `No PayPal order ${orderId} of yours`);
    const paypal = this.providers.paypal;
    if (!paypal) throw DomainError.notFound('payments.paypal-not-offered', 'PayPal is not offered here');
    const found = await paypal.retrieveIntent(orderId);
    if (!found || !(await this.isOurAttempt(found))) throw unknown;
    const booking = await this.pipeline.read(bookingModel, found.metadata.bookingId);
    if (booking.status === 'none') throw unknown;
    if (booking.buyerId !== context.actor.userId && !hasRole(context.actor, 'admin')) throw unknown;
    return { paypal, found };
  }

  private async answer(
    paypal: PayPalPaymentProvider,
    intent: PaymentIntent,
    context: CommandContext,
  ): Promise<PayPalReturnResult> {
    const { bookingId, paymentId } = intent.metadata;
    const { state, position } = await this.attempts.record(paypal, intent, context);
    const booking = await this.pipeline.read(bookingModel, bookingId);
    if (booking.status === 'none') throw new Error(`Booking ${bookingId} vanished`);
    const status = state.status === 'failed' ? 'declined' : state.status;
    if (status === 'none' || status === 'requires_payment_method')
      throw DomainError.conflict('payments.paypal-not-approved', 'The PayPal order was not sent for approval');
    return {
      paymentId,
      bookingId,
      status,
      ...(intent.lastPaymentError && status === 'declined' ? { reason: intent.lastPaymentError.declineCode } : {}),
      intentId: intent.id,
      amount: intent.amount,
      bookingStatus: booking.status,
      returnUrl: `/bookings/${bookingId}`,
      position,
    };
  }
}
