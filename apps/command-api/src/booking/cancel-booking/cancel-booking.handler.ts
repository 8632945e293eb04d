import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, bookingModel } from '@booking/command-pipeline';
import { type CancellationTerms, DomainError } from '@booking/domain';
import { PolicyExecutor, bookingSeats, issueInvoices, refundPayments } from '@booking/process-managers';
import { CatalogReader } from '../../inventory/shared/catalog-reader';
import { CancelBookingCommand, type CancelBookingResult } from './cancel-booking.command';

/**
 * A person cancels a booking, or some of its tickets. The booking names its event; the event's
 * catalog gives the terms the booking decides against (refund policy, start, organizer). The
 * booking stream decides once (who may, within the policy, what is refunded); the booking-seats
 * policy, run inline, puts the places back on sale before the answer.
 */
@CommandHandler(CancelBookingCommand)
export class CancelBookingHandler implements ICommandHandler<CancelBookingCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly catalog: CatalogReader,
    private readonly policies: PolicyExecutor,
  ) {}

  async execute({ data, context }: CancelBookingCommand): Promise<CancelBookingResult> {
    const { bookingId, ticketIds } = data;
    const booking = await this.pipeline.read(bookingModel, bookingId);
    if (booking.status === 'none') throw DomainError.notFound('booking.not-found', `No booking ${bookingId}`);
    const catalog = await this.catalog.current(booking.eventId);
    if (catalog.status === 'none') throw DomainError.notFound('booking.not-found', `No booking ${bookingId}`);
    const terms: CancellationTerms = {
      ...(catalog.details.refundPolicy ? { refundPolicy: catalog.details.refundPolicy } : {}),
      startsAt: catalog.startsAt,
      organizerId: catalog.organizerId,
    };
    const reason = data.reason ?? '';
    const outcome = await this.pipeline.execute(
      bookingModel,
      bookingId,
      ticketIds
        ? { type: 'CancelTickets', data: { bookingId, ticketIds: [...ticketIds], reason, terms } }
        : { type: 'CancelBooking', data: { bookingId, reason, terms } },
      context,
    );
    const seats = await this.policies.react(bookingSeats, outcome, context.correlationId);
    // A refund's credit note is issued before the answer (issue-invoices; the projector would too).
    const credited = await this.policies.react(issueInvoices, outcome, context.correlationId);
    // The refund goes to the provider before the answer too (refund-payments; the projector would too).
    // A provider that cannot be reached leaves the refund requested: the projector sends it later.
    const refunded = await this.policies.react(refundPayments, outcome, context.correlationId).catch(() => 0n);
    const reacted = [seats, credited, refunded].reduce((a, b) => (b > a ? b : a), 0n);
    const state = outcome.state;
    if (state.status === 'none') throw new Error(`Booking ${bookingId} vanished`);
    const refund = outcome.events.find((e) => e.type === 'RefundRequested');
    return {
      bookingId,
      status: state.status,
      cancelledTicketIds: [...state.cancelledTicketIds],
      ...(refund?.type === 'RefundRequested' ? { refund: refund.data.amount } : {}),
      position: reacted > outcome.position ? reacted : outcome.position,
    };
  }
}
