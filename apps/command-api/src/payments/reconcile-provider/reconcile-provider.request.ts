import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601 } from 'class-validator';

const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.toUpperCase() : value);

/** The period to reconcile: from (inclusive) to (exclusive), at most 93 days, begun already. */
export class ReconcileProviderRequest {
  @ApiProperty({ format: 'date-time', example: '2027-03-01T00:00:00Z' })
  @Transform(upper)
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'from must be an ISO 8601 date and time' })
  from!: string;

  @ApiProperty({ format: 'date-time', example: '2027-04-01T00:00:00Z' })
  @Transform(upper)
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'to must be an ISO 8601 date and time' })
  to!: string;
}
