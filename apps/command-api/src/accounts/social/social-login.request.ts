import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class CallbackRequest {
  @ApiProperty() @IsString() @MaxLength(2048) code!: string;
  @ApiProperty() @IsString() @MaxLength(512) state!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(512) iss?: string;
}
