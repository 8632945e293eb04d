import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength } from 'class-validator';

export class VerifyEmailRequest {
  @ApiProperty() @IsString() @MaxLength(200) token!: string;
}
export class ResendVerificationRequest {
  @ApiProperty() @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email!: string;
}
