import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { MAX_TICKETS_PER_BOOKING } from '@booking/domain';

/** Without `ticketIds`: the whole booking. With them: those tickets of a confirmed booking. */
export class CancelBookingRequest {
  @ApiPropertyOptional({ maxLength: 500, description: 'Why (shown to the buyer); a default names who cancelled' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: MAX_TICKETS_PER_BOOKING,
    description: 'Cancel only these tickets (the booking stays confirmed with the others; all of them cancel it)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_TICKETS_PER_BOOKING)
  @IsUUID('all', { each: true })
  ticketIds?: string[];
}
