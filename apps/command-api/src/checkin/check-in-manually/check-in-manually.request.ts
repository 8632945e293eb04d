import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { TimedScanFields } from '../shared/scan-fields';

export class CheckInManuallyRequest extends TimedScanFields {
  @ApiProperty({ format: 'uuid', description: "The ticket picked from the door's attendee search" })
  @IsUUID()
  ticketId!: string;
}
