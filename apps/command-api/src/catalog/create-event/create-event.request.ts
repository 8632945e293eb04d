import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsISO8601,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CATEGORIES, MAX_CAPACITY } from '@booking/domain';

export class VenueRequest {
  @ApiProperty({ example: 'Royal Albert Hall' }) @IsString() @Length(2, 120) name!: string;
  @ApiProperty({ example: 'London' }) @IsString() @Length(2, 80) city!: string;
  @ApiProperty({ example: 'GB', description: 'ISO 3166-1 alpha-2' })
  @IsString()
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be a two-letter ISO 3166 code' })
  country!: string;
}

export class CreateEventRequest {
  @ApiProperty({ example: 'Jazz at Midnight' }) @IsString() @Length(3, 140) title!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @ApiProperty({ enum: CATEGORIES }) @IsIn(CATEGORIES as unknown as string[]) category!: string;
  @ApiProperty({ example: '2030-06-01T19:30:00Z' }) @IsISO8601({ strict: true }) startsAt!: string;
  @ApiProperty({ type: VenueRequest }) @IsDefined() @ValidateNested() @Type(() => VenueRequest) venue!: VenueRequest;
  @ApiProperty({ minimum: 1, maximum: MAX_CAPACITY }) @IsInt() @Min(1) @Max(MAX_CAPACITY) capacity!: number;
}
