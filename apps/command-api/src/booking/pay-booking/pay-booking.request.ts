import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class PayBookingRequest {
  @ApiProperty({
    description:
      'Test mode: 4242424242424242 succeeds; 4000000000009995 (insufficient funds), 4000000000009979 (stolen) and 4000000000000002 are declined; 4000002500003155 and 4000000000003220 ask for 3-D Secure; any other number is declined',
    example: '4242424242424242',
    pattern: '^[0-9]{12,19}$',
  })
  @IsString()
  @Matches(/^[0-9]{12,19}$/, { message: 'cardNumber must be 12 to 19 digits' })
  cardNumber!: string;
}
