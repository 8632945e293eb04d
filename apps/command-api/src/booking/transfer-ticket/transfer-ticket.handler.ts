import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, bookingModel } from '@booking/command-pipeline';
import { TicketChangeTermsReader } from '../shared/ticket-change-terms';
import { TransferTicketCommand, type TicketChangeResult } from './transfer-ticket.command';

/**
 * The buyer gives a ticket to another person. The terms (organizer, dates, used at the door) come
 * from the catalog and check-in streams; the booking stream decides once. The projector's ticket
 * mail process manager mails the new holder their ticket and tells the buyer.
 */
@CommandHandler(TransferTicketCommand)
export class TransferTicketHandler implements ICommandHandler<TransferTicketCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly terms: TicketChangeTermsReader,
  ) {}

  async execute({ data, context }: TransferTicketCommand): Promise<TicketChangeResult> {
    const { bookingId, ticketId } = data;
    const terms = await this.terms.read(bookingId, ticketId);
    const outcome = await this.pipeline.execute(
      bookingModel,
      bookingId,
      { type: 'TransferTicket', data: { bookingId, ticketId, toName: data.name, toEmail: data.email, terms } },
      context,
    );
    const transferred = outcome.events.find((e) => e.type === 'TicketTransferred');
    if (transferred?.type !== 'TicketTransferred') throw new Error(`Transfer of ${ticketId} appended nothing`);
    return {
      bookingId,
      ticketId: transferred.data.ticketId,
      reissue: transferred.data.reissue,
      holderName: transferred.data.toName,
      position: outcome.position,
    };
  }
}
