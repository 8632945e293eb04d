import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class LoginRequest {
  @ApiProperty() @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email!: string;
  @ApiProperty() @IsString() @MaxLength(1024) password!: string;
  @ApiPropertyOptional({ enum: ['spa', 'api'], default: 'spa' }) @IsOptional() @IsIn(['spa', 'api']) client?:
    'spa' | 'api';
}
