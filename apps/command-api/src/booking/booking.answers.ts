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
  @ApiProperty({ type: MoneyAnswer, description: 'What the buyer pays for it (after any promo code)' })
  price!: MoneyAnswer;
  @ApiPropertyOptional({ type: MoneyAnswer, description: "What a promo code took off the tier's price" })
  discount?: MoneyAnswer;
  @ApiPropertyOptional({ type: MoneyAnswer, description: "What the event's group price took off the tier's price" })
  groupDiscount?: MoneyAnswer;
}

export class BookingGroupPriceAnswer {
  @ApiProperty({ type: 'integer', example: 10, description: 'The rule: bookings of at least this many tickets' })
  minTickets!: number;
  @ApiProperty({ type: 'integer', example: 15 }) percentOff!: number;
  @ApiProperty({ type: MoneyAnswer, description: 'Taken off in all' }) discount!: MoneyAnswer;
}

export class BookingPromoAnswer {
  @ApiProperty({ format: 'uuid' }) promoId!: string;
  @ApiProperty({ example: 'SPRING-10' }) code!: string;
  @ApiProperty({ type: MoneyAnswer, description: 'Taken off in all' }) discount!: MoneyAnswer;
}

export const BOOKING_STATUSES = ['pending-payment', 'confirmed', 'expired', 'cancelled'] as const;

export class BookingPlacedAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ enum: BOOKING_STATUSES, description: 'confirmed at once when the total is 0' }) status!: string;
  @ApiProperty({ type: [BookedTicketAnswer] }) tickets!: BookedTicketAnswer[];
  @ApiPropertyOptional({ type: BookingPromoAnswer }) promo?: BookingPromoAnswer;
  @ApiPropertyOptional({ type: BookingGroupPriceAnswer }) group?: BookingGroupPriceAnswer;
  @ApiProperty({ type: MoneyAnswer }) total!: MoneyAnswer;
  @ApiProperty({ format: 'date-time', description: 'Pay before this, or the booking expires and the seats return' })
  paymentDeadline!: string;
}

export class NextActionAnswer {
  @ApiProperty({ enum: ['redirect_to_url'] }) type!: string;
  @ApiProperty({ example: '/payments/test-mode/challenge/pi_0190b0000000?return=%2Fbookings%2F…' }) url!: string;
}

export class PaymentAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) paymentId!: string;
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({
    enum: ['succeeded', 'declined', 'requires_action', 'processing', 'canceled'],
    description: 'requires_action: send the buyer to nextAction.url (3-D Secure); the result reaches the booking',
  })
  status!: string;
  @ApiPropertyOptional({ description: "The provider's decline code (insufficient_funds, stolen_card, …)" })
  reason?: string;
  @ApiProperty({ description: "The provider's payment intent of this attempt", example: 'pi_0190b0000000' })
  intentId!: string;
  @ApiPropertyOptional({ type: NextActionAnswer, description: 'Where the buyer authenticates (3-D Secure)' })
  nextAction?: NextActionAnswer;
  @ApiProperty({ type: MoneyAnswer }) amount!: MoneyAnswer;
  @ApiProperty({ enum: BOOKING_STATUSES, description: 'The booking after this payment' }) bookingStatus!: string;
}

export class CancellationAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({ enum: BOOKING_STATUSES, description: 'cancelled, or confirmed when some tickets remain valid' })
  status!: string;
  @ApiProperty({ type: [String], description: 'Every ticket no longer valid' }) cancelledTicketIds!: string[];
  @ApiPropertyOptional({
    type: MoneyAnswer,
    description: 'Asked back by this cancellation (none when nothing was paid)',
  })
  refund?: MoneyAnswer;
}

export class QuotedTicketAnswer {
  @ApiProperty({ format: 'uuid' }) holdId!: string;
  @ApiPropertyOptional({ example: 'stalls' }) sectionId?: string;
  @ApiPropertyOptional({ example: 'stalls:B:12' }) seatId?: string;
  @ApiProperty({ example: 'standard' }) tierId!: string;
  @ApiProperty({ example: 'Standard' }) tierName!: string;
  @ApiProperty({ type: MoneyAnswer, description: "The tier's price" }) listPrice!: MoneyAnswer;
  @ApiProperty({ type: MoneyAnswer, description: 'What the buyer would pay for it' }) price!: MoneyAnswer;
  @ApiPropertyOptional({ type: MoneyAnswer, description: 'Taken off by the promo code' }) discount?: MoneyAnswer;
  @ApiPropertyOptional({ type: MoneyAnswer, description: 'Taken off by the group price (before the promo code)' })
  groupDiscount?: MoneyAnswer;
}

/** What a checkout of these holds would cost now; nothing is written. */
export class BookingQuoteAnswer {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: [QuotedTicketAnswer] }) tickets!: QuotedTicketAnswer[];
  @ApiProperty({ type: MoneyAnswer, description: 'At list prices, before the group price and the promo code' })
  subtotal!: MoneyAnswer;
  @ApiPropertyOptional({ type: BookingGroupPriceAnswer, description: "The event's group price, applied first" })
  group?: BookingGroupPriceAnswer;
  @ApiPropertyOptional({ type: BookingPromoAnswer }) promo?: BookingPromoAnswer;
  @ApiProperty({ type: MoneyAnswer }) total!: MoneyAnswer;
}

export class TicketsResendAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({
    description: 'false: a resend within the last minute already mailed the tickets; nothing new is sent',
  })
  queued!: boolean;
  @ApiProperty({ format: 'date-time', description: 'From when another resend mails again' }) nextResendAt!: string;
}

export class TicketChangeAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({ format: 'uuid' }) ticketId!: string;
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: "The ticket's new code counter: older codes no longer admit",
  })
  reissue!: number;
  @ApiPropertyOptional({ description: 'The new holder (a transfer)' }) holderName?: string;
}
