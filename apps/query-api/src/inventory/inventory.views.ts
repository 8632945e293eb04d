import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class SectionSeatsView {
  @ApiProperty({ example: 'stalls' }) sectionId!: string;
  @ApiProperty({ type: 'integer' }) capacity!: number;
  @ApiProperty({ type: 'integer' }) free!: number;
}

export class SeatsView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: [SectionSeatsView] }) sections!: SectionSeatsView[];
  @ApiProperty({ type: [String], description: 'Seat ids in active holds ("section:row:number")' }) taken!: string[];
  @ApiProperty({ pattern: '^\\d+$' }) position!: string;
}

class MyHoldView {
  @ApiProperty({ format: 'uuid' }) holdId!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() eventTitle!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) quantity!: number;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiPropertyOptional() sectionId?: string;
  @ApiPropertyOptional({ type: [String] }) seatIds?: string[];
  @ApiProperty({ enum: ['active', 'cancelled'] }) status!: string;
  @ApiPropertyOptional({ format: 'date-time' }) cancelledAt?: string;
  @ApiPropertyOptional() cancellationReason?: string;
  @ApiPropertyOptional({ description: 'true: places the waitlist offered the caller (docs/waitlist.md)' })
  waitlistOffer?: boolean;
}

export class MyHoldsView {
  @ApiProperty({ type: [MyHoldView] }) items!: MyHoldView[];
  @ApiProperty({ type: 'integer', minimum: 0, description: "All the caller's holds, on every page" }) total!: number;
  @ApiPropertyOptional({ description: 'Pass as ?cursor= for the next page; absent on the last page' })
  nextCursor?: string;
}
