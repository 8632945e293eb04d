import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsISO8601,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_CAPACITY } from '@booking/domain';
import type { CreateEventData } from './create-event.command';
import { CATEGORY_DESCRIPTION, EventDetailsRequest, VenueDetailsRequest } from '../event-details.request';

/** The first draft: what every event has, plus any other detail already known. */
export class CreateEventRequest extends OmitType(EventDetailsRequest, [
  'title',
  'description',
  'category',
  'startsAt',
  'venue',
  'capacity',
] as const) {
  @ApiProperty({ example: 'Jazz at Midnight' }) @IsString() @Length(3, 140) title!: string;
  @ApiPropertyOptional({ description: 'Plain text or simple HTML; sanitized' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  description?: string;
  @ApiProperty({ description: CATEGORY_DESCRIPTION, example: 'music' }) @IsString() @MaxLength(40) category!: string;
  @ApiProperty({ example: '2030-06-01T19:30:00Z' }) @IsISO8601({ strict: true }) startsAt!: string;
  @ApiProperty({ type: VenueDetailsRequest })
  @IsDefined()
  @ValidateNested()
  @Type(() => VenueDetailsRequest)
  venue!: VenueDetailsRequest;
  @ApiProperty({ minimum: 1, maximum: MAX_CAPACITY }) @IsInt() @Min(1) @Max(MAX_CAPACITY) capacity!: number;
}

/** The draft as the catalog takes it: the venue's address and location go with the other details. */
export function createEventData(request: CreateEventRequest): CreateEventData {
  const { title, description, category, startsAt, venue, capacity, ...details } = request;
  return {
    title,
    description: description ?? '',
    category,
    startsAt,
    venue: { name: venue.name, city: venue.city, country: venue.country },
    capacity,
    details: { ...details, ...(venue.address || venue.location ? { venue: { ...venue } } : {}) },
  };
}
