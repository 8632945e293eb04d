import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** The code an attendee typed on the event page. */
export class CheckAccessRequest {
  @ApiProperty({ example: 'VIP-PRESALE', minLength: 1, maxLength: 40 })
  @IsString()
  @Length(1, 40)
  code!: string;
}
