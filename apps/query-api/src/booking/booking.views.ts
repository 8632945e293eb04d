import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const BOOKING_STATUSES = ['pending-payment', 'confirmed', 'expired', 'cancelled'] as const;

export class MoneyView {
  @ApiProperty({ type: 'integer', description: 'Integer minor units (cents)', example: 2500 }) amount!: number;
  @ApiProperty({ pattern: '^[A-Z]{3}$', example: 'EUR' }) currency!: string;
}

class TicketView {
  @ApiProperty({ format: 'uuid' }) ticketId!: string;
  @ApiProperty({ format: 'uuid' }) holdId!: string;
  @ApiPropertyOptional({ example: 'stalls' }) sectionId?: string;
  @ApiPropertyOptional({ example: 'stalls:B:12' }) seatId?: string;
  @ApiProperty() tierId!: string;
  @ApiProperty() tierName!: string;
  @ApiProperty({ type: MoneyView, description: 'What the buyer pays for it (after any promo code)' }) price!: MoneyView;
  @ApiPropertyOptional({ type: MoneyView, description: "What a promo code took off the tier's price" })
  discount?: MoneyView;
  @ApiPropertyOptional({ type: MoneyView, description: "What the event's group price took off the tier's price" })
  groupDiscount?: MoneyView;
  @ApiPropertyOptional() attendeeName?: string;
  @ApiPropertyOptional({ description: 'Where this ticket is mailed besides the buyer' }) attendeeEmail?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Set once the ticket was cancelled: it no longer admits' })
  cancelledAt?: string;
  @ApiPropertyOptional({ description: 'Why the ticket was cancelled' }) cancellationReason?: string;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    description: "The current code's counter once transferred or reissued: older codes no longer admit",
  })
  reissue?: number;
  @ApiPropertyOptional({ format: 'email', description: 'Whom the ticket was given to (attendeeName is theirs)' })
  holderEmail?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When it was given to its holder' }) transferredAt?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When it last got a new code for the same holder' })
  reissuedAt?: string;
}

class BookingPromoView {
  @ApiProperty({ format: 'uuid' }) promoId!: string;
  @ApiProperty({ example: 'SPRING-10' }) code!: string;
  @ApiProperty({ type: MoneyView, description: 'Taken off in all' }) discount!: MoneyView;
}

class BookingGroupPriceView {
  @ApiProperty({ type: 'integer', description: 'The rule: bookings of at least this many tickets' })
  minTickets!: number;
  @ApiProperty({ type: 'integer' }) percentOff!: number;
  @ApiProperty({ type: MoneyView, description: 'Taken off in all' }) discount!: MoneyView;
}

class PaymentView {
  @ApiProperty({ format: 'uuid' }) paymentId!: string;
  @ApiProperty({ type: MoneyView }) amount!: MoneyView;
  @ApiProperty({ enum: ['started', 'requires_action', 'processing', 'declined', 'succeeded'] }) status!: string;
  @ApiPropertyOptional({ description: "The provider's reason, for a declined payment", example: 'card_declined' })
  declineReason?: string;
  @ApiPropertyOptional({ description: '3-D Secure: where the buyer authenticates, while the payment waits for it' })
  nextActionUrl?: string;
}

class RefundView {
  @ApiProperty({ format: 'uuid', description: 'The refund request' }) refundId!: string;
  @ApiProperty({ format: 'uuid' }) paymentId!: string;
  @ApiProperty({ type: MoneyView }) amount!: MoneyView;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({
    enum: ['requested', 'sent', 'succeeded', 'failed', 'manual'],
    description:
      'requested → sent (to the payment provider) → succeeded | failed → manual (finance gave it back by hand)',
  })
  status!: string;
  @ApiPropertyOptional({ type: [String], description: 'The cancelled tickets it answers for' }) ticketIds?: string[];
  @ApiPropertyOptional({ format: 'date-time', description: 'When the status last changed' }) updatedAt?: string;
}

export class BookingView {
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ description: "The event's title ('' if the catalog no longer shows it)" }) eventTitle!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the event starts' }) eventStartsAt?: string;
  @ApiProperty({ format: 'uuid' }) buyerId!: string;
  @ApiProperty() buyerName!: string;
  @ApiProperty() buyerEmail!: string;
  @ApiProperty({ enum: BOOKING_STATUSES }) status!: string;
  @ApiPropertyOptional({ description: 'Why the booking expired or was cancelled' }) statusReason?: string;
  @ApiPropertyOptional({ enum: ['buyer', 'organizer', 'admin', 'platform'], description: 'Who cancelled it' })
  cancelledBy?: string;
  @ApiProperty({
    type: [TicketView],
    description: 'Issued once the booking is confirmed; cancelled ones carry cancelledAt',
  })
  tickets!: TicketView[];
  @ApiPropertyOptional({ type: BookingPromoView, description: 'The promo code the checkout used' })
  promo?: BookingPromoView;
  @ApiPropertyOptional({ type: BookingGroupPriceView, description: "The event's group price the checkout got" })
  group?: BookingGroupPriceView;
  @ApiProperty({ type: MoneyView }) total!: MoneyView;
  @ApiProperty({ format: 'date-time' }) paymentDeadline!: string;
  @ApiProperty({ format: 'date-time' }) placedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) confirmedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) endedAt?: string;
  @ApiProperty({ type: [PaymentView] }) payments!: PaymentView[];
  @ApiProperty({
    type: [RefundView],
    description: 'Money to be returned (cancelled tickets, a payment after expiry, a second payment)',
  })
  refunds!: RefundView[];
  @ApiProperty({ pattern: '^\\d+$', description: 'Log position of the last change' }) position!: string;
}

export class MyBookingsView {
  @ApiProperty({ type: [BookingView], description: 'Newest first' }) items!: BookingView[];
  @ApiProperty({ type: 'integer', minimum: 0, description: "All the caller's bookings" }) total!: number;
}

class TicketRefundView {
  @ApiProperty({ format: 'uuid' }) ticketId!: string;
  @ApiProperty({ type: MoneyView, description: 'What cancelling this ticket alone gives back now' }) refund!: MoneyView;
}

export class CancellationQuoteView {
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({ enum: BOOKING_STATUSES }) status!: string;
  @ApiProperty({ enum: ['buyer', 'organizer', 'admin'], description: 'The role the caller would cancel in' })
  by!: string;
  @ApiProperty({ description: 'Whether the caller may cancel the booking now' }) allowed!: boolean;
  @ApiPropertyOptional({ description: 'Why not, when not allowed' }) reason?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100, description: 'Share of the prices given back' })
  percent?: number;
  @ApiProperty({ type: MoneyView, description: 'What cancelling every valid ticket gives back now' })
  refund!: MoneyView;
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'This refund holds until then (excluded); when not allowed, when cancelling closed',
  })
  until?: string;
  @ApiProperty({ type: [TicketRefundView], description: 'Each valid ticket of a confirmed booking on its own' })
  tickets!: TicketRefundView[];
  @ApiProperty({ pattern: '^\\d+$', description: "Log position of the booking's last change" }) position!: string;
}
