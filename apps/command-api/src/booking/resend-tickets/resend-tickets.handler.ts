import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, bookingModel, catalogModel, ticketMailModel } from '@booking/command-pipeline';
import { nextResendAt } from '@booking/domain';
import { ResendTicketsCommand, type ResendTicketsResult } from './resend-tickets.command';

/**
 * "Resend tickets": reads the booking and its event from the write side, then the booking's
 * ticket-mail stream decides (who may ask, confirmed only, one mail a minute). The projector's
 * confirmation mail process manager sends the mail for each TicketsResendRequested.
 */
@CommandHandler(ResendTicketsCommand)
export class ResendTicketsHandler implements ICommandHandler<ResendTicketsCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ data: { bookingId }, context }: ResendTicketsCommand): Promise<ResendTicketsResult> {
    const booking = await this.pipeline.read(bookingModel, bookingId);
    const placed = booking.status === 'none' ? undefined : booking;
    const event = placed ? await this.pipeline.read(catalogModel, placed.eventId) : undefined;
    const outcome = await this.pipeline.execute(
      ticketMailModel,
      bookingId,
      {
        type: 'RequestTicketsResend',
        data: {
          bookingId,
          eventId: placed?.eventId ?? '',
          bookingStatus: placed?.status ?? 'none',
          buyerId: placed?.buyerId ?? '',
          organizerId: event && event.status !== 'none' ? event.organizerId : '',
        },
      },
      context,
    );
    // Recorded now or within the last minute: the stream holds a request either way.
    const next = nextResendAt(outcome.state);
    if (!next) throw new Error(`Resend of ${bookingId} accepted without a request on its stream`);
    return { bookingId, queued: outcome.events.length > 0, nextResendAt: next, position: outcome.position };
  }
}
