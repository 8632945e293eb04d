import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BOOKING_STATUSES, MoneyView } from './booking.views';

export class OrderTicketView {
  @ApiProperty({ format: 'uuid' }) ticketId!: string;
  @ApiProperty({ description: 'Where it admits', example: 'Section Stalls · Row B · Seat 12' }) seatLabel!: string;
  @ApiPropertyOptional({ example: 'Stalls' }) section?: string;
  @ApiProperty() tierId!: string;
  @ApiProperty() tierName!: string;
  @ApiProperty({ type: MoneyView }) price!: MoneyView;
  @ApiProperty({ description: "The attendee's name, or the buyer's when none was given" }) attendeeName!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Set once the ticket was cancelled' }) cancelledAt?: string;
  @ApiPropertyOptional({ format: 'email', description: 'Whom the buyer gave the ticket to (attendeeName is theirs)' })
  holderEmail?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When it was given away' }) transferredAt?: string;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    description: "The current code's counter once transferred or reissued: older codes no longer admit",
  })
  reissue?: number;
}

export class OrderView {
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({
    pattern: '^[0-9A-F]{8}$',
    description: "The booking id's last 8 hex digits (its random tail), upper case",
  })
  bookingNumber!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ enum: BOOKING_STATUSES }) status!: string;
  @ApiPropertyOptional({ description: 'Why the booking expired or was cancelled' }) statusReason?: string;
  @ApiProperty({ format: 'uuid' }) buyerId!: string;
  @ApiProperty() buyerName!: string;
  @ApiProperty() buyerEmail!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) ticketCount!: number;
  @ApiProperty({ type: MoneyView }) total!: MoneyView;
  @ApiProperty({ type: [OrderTicketView] }) tickets!: OrderTicketView[];
  @ApiProperty({ format: 'date-time' }) placedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) confirmedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) endedAt?: string;
}

export class OrdersPageView {
  @ApiProperty({ type: [OrderView], description: 'Newest first' }) items!: OrderView[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Orders matching the filter' }) total!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) page!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) pageSize!: number;
}

export class AdminBookingView extends OrderView {
  @ApiProperty({ description: "The event's title ('' if the catalog no longer shows it)" }) eventTitle!: string;
}

export class AdminBookingsView {
  @ApiProperty({ type: [AdminBookingView], description: 'Newest first' }) items!: AdminBookingView[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) page!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) pageSize!: number;
}

export class TierSalesView {
  @ApiProperty() tierId!: string;
  @ApiProperty() tierName!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Tickets of confirmed bookings' }) ticketsSold!: number;
  @ApiProperty({ type: MoneyView, description: 'What those tickets cost' }) revenue!: MoneyView;
}

export class SalesView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Tickets of confirmed bookings' }) ticketsSold!: number;
  @ApiProperty({ type: [MoneyView], description: 'Revenue of confirmed bookings, one entry per currency' })
  revenue!: MoneyView[];
  @ApiProperty({ type: [TierSalesView] }) tiers!: TierSalesView[];
  @ApiProperty({ type: 'integer', minimum: 0 }) confirmed!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Bookings waiting for payment' }) pending!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) expired!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) cancelled!: number;
}
