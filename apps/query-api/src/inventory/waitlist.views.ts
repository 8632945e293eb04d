import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const WAITLIST_STATUSES = [
  'waiting',
  'offered',
  'checking-out',
  'booked',
  'lapsed',
  'declined',
  'left',
  'cleared',
  'cancelled',
] as const;

class WaitlistOfferView {
  @ApiProperty({ format: 'date-time' }) offeredAt!: string;
  @ApiProperty({ format: 'date-time', description: 'The offered places are held until then' }) expiresAt!: string;
  @ApiPropertyOptional({ type: [String] }) seatIds?: string[];
  @ApiPropertyOptional({ format: 'uuid', description: 'The checkout the offer went into' }) bookingId?: string;
}

export class WaitlistEntryView {
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() eventTitle!: string;
  @ApiPropertyOptional() sectionId?: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) quantity!: number;
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
  @ApiProperty({ enum: WAITLIST_STATUSES }) status!: string;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    description: 'While waiting: the place in the queue of its event (section); 1 is offered first',
  })
  place?: number;
  @ApiPropertyOptional({
    type: WaitlistOfferView,
    description: 'The hold offered (its hold id is the entry id): check it out before expiresAt',
  })
  offer?: WaitlistOfferView;
  @ApiPropertyOptional({ format: 'date-time' }) endedAt?: string;
  @ApiPropertyOptional() reason?: string;
}

export class MyWaitlistView {
  @ApiProperty({ type: [WaitlistEntryView], description: 'Newest first, at most 100' }) items!: WaitlistEntryView[];
}

class EventWaitlistEntryView extends WaitlistEntryView {
  @ApiProperty() holderName!: string;
  @ApiProperty() holderEmail!: string;
}

export class EventWaitlistView {
  @ApiProperty({ type: [EventWaitlistEntryView], description: 'In join order, at most 500' })
  items!: EventWaitlistEntryView[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Entries waiting now' }) waiting!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Places those entries wait for' }) waitingPlaces!: number;
  @ApiProperty({ description: 'false: the organizer turned the waitlist off' }) enabled!: boolean;
}
