import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CommandAnswer } from '../http/command-answer';

export class MoneyAnswer {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Integer minor units (cents)', example: 2500 })
  amount!: number;
  @ApiProperty({ pattern: '^[A-Z]{3}$', example: 'EUR' }) currency!: string;
}

export class BookedTicketAnswer {
  @ApiProperty({ format: 'uuid' }) ticketId!: string;
  @ApiProperty({ format: 'uuid' }) holdId!: string;
  @ApiPropertyOptional({ example: 'stalls' }) sectionId?: string;
  @ApiPropertyOptional({ example: 'stalls:B:12' }) seatId?: string;
  @ApiProperty({ example: 'standard' }) tierId!: string;
  @ApiProperty({ example: 'Standard' }) tierName!: string;
  @ApiProperty({ type: MoneyAnswer }) price!: MoneyAnswer;
}

export const BOOKING_STATUSES = ['pending-payment', 'confirmed', 'expired', 'cancelled'] as const;

export class BookingPlacedAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ enum: BOOKING_STATUSES, description: 'confirmed at once when the total is 0' }) status!: string;
  @ApiProperty({ type: [BookedTicketAnswer] }) tickets!: BookedTicketAnswer[];
  @ApiProperty({ type: MoneyAnswer }) total!: MoneyAnswer;
  @ApiProperty({ format: 'date-time', description: 'Pay before this, or the booking expires and the seats return' })
  paymentDeadline!: string;
}

export class PaymentAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) paymentId!: string;
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({ enum: ['succeeded', 'declined'] }) status!: string;
  @ApiPropertyOptional({ description: "The provider's reason for a decline" }) reason?: string;
  @ApiProperty({ type: MoneyAnswer }) amount!: MoneyAnswer;
  @ApiProperty({ enum: BOOKING_STATUSES, description: 'The booking after this payment' }) bookingStatus!: string;
}

export class TicketsResendAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({
    description: 'false: a resend within the last minute already mailed the tickets; nothing new is sent',
  })
  queued!: boolean;
  @ApiProperty({ format: 'date-time', description: 'From when another resend mails again' }) nextResendAt!: string;
}
