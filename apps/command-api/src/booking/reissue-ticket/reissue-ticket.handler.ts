import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, bookingModel } from '@booking/command-pipeline';
import { TicketChangeTermsReader } from '../shared/ticket-change-terms';
import type { TicketChangeResult } from '../transfer-ticket/transfer-ticket.command';
import { ReissueTicketCommand } from './reissue-ticket.command';

/** A lost ticket gets a new code for the same holder; the ticket mail process manager mails it to them. */
@CommandHandler(ReissueTicketCommand)
export class ReissueTicketHandler implements ICommandHandler<ReissueTicketCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly terms: TicketChangeTermsReader,
  ) {}

  async execute({ data, context }: ReissueTicketCommand): Promise<TicketChangeResult> {
    const { bookingId, ticketId } = data;
    const terms = await this.terms.read(bookingId, ticketId);
    const outcome = await this.pipeline.execute(
      bookingModel,
      bookingId,
      { type: 'ReissueTicket', data: { bookingId, ticketId, reason: data.reason ?? '', terms } },
      context,
    );
    const reissued = outcome.events.find((e) => e.type === 'TicketReissued');
    if (reissued?.type !== 'TicketReissued') throw new Error(`Reissue of ${ticketId} appended nothing`);
    return { bookingId, ticketId: reissued.data.ticketId, reissue: reissued.data.reissue, position: outcome.position };
  }
}
