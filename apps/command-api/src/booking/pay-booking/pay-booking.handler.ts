import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, bookingModel, paymentModel, readState } from '@booking/command-pipeline';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { ID_GENERATOR, type IdGenerator } from '@booking/platform';
import { PolicyExecutor, bookingPayments } from '@booking/process-managers';
import { mintId } from '../../http/command-context';
import { PAYMENT_PROVIDER, type PaymentProvider } from '../shared/payment-provider';
import { PayBookingCommand, type PayBookingResult } from './pay-booking.command';

/**
 * One payment of a booking: the booking stream first admits it (its buyer's, pending, before the
 * deadline, no other payment under way: two requests cannot both charge), then the provider is
 * asked once for this payment id, then its answer is recorded on `payment-{id}`. The
 * booking-payments policy joins the two (run inline, so the answer shows the booking confirmed).
 */
@CommandHandler(PayBookingCommand)
export class PayBookingHandler implements ICommandHandler<PayBookingCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly policies: PolicyExecutor,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ data, context }: PayBookingCommand): Promise<PayBookingResult> {
    const { bookingId, cardNumber } = data;
    const paymentId = mintId(context, this.ids, 'payment');
    const started = await this.pipeline.execute(
      bookingModel,
      bookingId,
      { type: 'StartPayment', data: { bookingId, paymentId } },
      context,
    );
    if (started.state.status === 'none') throw new Error(`Booking ${bookingId} vanished`);
    const amount = started.state.total;
    const answer = await this.provider.charge({ paymentId, amount, cardNumber });
    const recorded = await this.pipeline.execute(
      paymentModel,
      paymentId,
      {
        type: 'RecordPayment',
        data: {
          paymentId,
          bookingId,
          amount,
          provider: this.provider.name,
          outcome:
            answer.status === 'succeeded'
              ? { status: 'succeeded', reference: answer.reference }
              : { status: 'declined', reason: answer.reason },
        },
      },
      { ...context, expectedRevision: undefined }, // If-Match is the booking's revision, checked by StartPayment
    );
    const settled = await this.policies.react(bookingPayments, recorded, context.correlationId);
    const booking = await readState(this.store, bookingModel, bookingId);
    if (booking.status === 'none') throw new Error(`Booking ${bookingId} vanished`);
    return {
      paymentId,
      bookingId,
      status: answer.status,
      ...(answer.status === 'declined' ? { reason: answer.reason } : {}),
      amount,
      bookingStatus: booking.status,
      position: settled > recorded.position ? settled : recorded.position,
    };
  }
}
