import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { TimedScanFields } from '../shared/scan-fields';

export class CheckInTicketRequest extends TimedScanFields {
  @ApiProperty({ description: "The ticket's signed code, as read from its QR code", minLength: 1, maxLength: 400 })
  @IsString()
  @MinLength(1)
  @MaxLength(400)
  code!: string;
}
