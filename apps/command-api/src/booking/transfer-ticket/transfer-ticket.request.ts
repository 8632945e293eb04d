import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

/** Who the ticket goes to. The domain checks the address again (and refuses the one it has). */
export class TransferTicketRequest {
  @ApiProperty({
    minLength: 1,
    maxLength: 200,
    example: 'Bob Builder',
    description: "The new holder's name, printed on the ticket",
  })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({
    format: 'email',
    maxLength: 254,
    example: 'bob@example.com',
    description: 'Where the ticket is mailed',
  })
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  email!: string;
}
