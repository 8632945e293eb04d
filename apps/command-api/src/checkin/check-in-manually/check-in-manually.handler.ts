import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Door, type ScanAnswer } from '../shared/door';
import { CheckInManuallyCommand } from './check-in-manually.command';

/** A ticket found by name or booking number at the door (no QR to scan): the same decision as a scan. */
@CommandHandler(CheckInManuallyCommand)
export class CheckInManuallyHandler implements ICommandHandler<CheckInManuallyCommand> {
  constructor(private readonly door: Door) {}

  execute({ data, context }: CheckInManuallyCommand): Promise<ScanAnswer> {
    return this.door.scan(data.eventId, data.scan, context);
  }
}
