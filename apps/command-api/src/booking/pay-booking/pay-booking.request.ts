import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class PayBookingRequest {
  @ApiProperty({
    description:
      'Test mode: 4242424242424242 succeeds, 4000000000000002 is declined, 4000000000009995 lacks funds; any other number is declined',
    example: '4242424242424242',
    pattern: '^[0-9]{12,19}$',
  })
  @IsString()
  @Matches(/^[0-9]{12,19}$/, { message: 'cardNumber must be 12 to 19 digits' })
  cardNumber!: string;
}
