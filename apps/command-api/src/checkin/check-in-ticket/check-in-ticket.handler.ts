import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Door, type ScanAnswer } from '../shared/door';
import { CheckInTicketCommand } from './check-in-ticket.command';

/** A scanned QR code at the door: verified, then decided once on the event's check-in stream. */
@CommandHandler(CheckInTicketCommand)
export class CheckInTicketHandler implements ICommandHandler<CheckInTicketCommand> {
  constructor(private readonly door: Door) {}

  execute({ data, context }: CheckInTicketCommand): Promise<ScanAnswer> {
    return this.door.scan(data.eventId, data.scan, context);
  }
}
