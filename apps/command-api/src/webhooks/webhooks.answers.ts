import { ApiProperty } from '@nestjs/swagger';
import { WEBHOOK_EVENT_TYPES } from '@booking/domain';
import { CommandAnswer } from '../http/command-answer';

export class WebhookEndpointAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) endpointId!: string;
  @ApiProperty({ example: 'https://hooks.example.com/booking', maxLength: 2048 }) url!: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true, description: 'The types this endpoint receives' })
  eventTypes!: string[];
  @ApiProperty({ description: 'false: nothing is sent to it' }) enabled!: boolean;
}

/** The only answers that carry the signing secret: keep it, it is not shown again. */
export class WebhookEndpointCreatedAnswer extends WebhookEndpointAnswer {
  @ApiProperty({
    example: 'whsec_3q2-7wEXAMPLEsecretEXAMPLEsecretEXAMPLE0',
    description: 'The signing secret, shown once: store it where your receiver can read it',
  })
  secret!: string;
}

export class WebhookSecretAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) endpointId!: string;
  @ApiProperty({ description: 'The new signing secret, shown once; the old one stops signing at once' })
  secret!: string;
}

export class WebhookEndpointDeletedAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) endpointId!: string;
  @ApiProperty({ enum: [true] }) deleted!: boolean;
}

export class WebhookResendAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) deliveryId!: string;
  @ApiProperty({ enum: ['pending'], description: 'One more attempt is due now' }) status!: string;
}

/**
 * What every webhook request carries (the body of `POST <your URL>`); documented as a schema of
 * its own. Header `Booking-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`
 * keyed with the endpoint's secret; also `Booking-Event-Id` and `Booking-Event-Type`.
 */
export class WebhookPayload {
  @ApiProperty({
    format: 'uuid',
    description: 'The domain event id: the same on every attempt and resend, so receivers deduplicate by it',
  })
  id!: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES }) type!: string;
  @ApiProperty({ format: 'date-time', description: 'When the notification was made' }) created!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'bookingId, bookingNumber, eventId always; booking.confirmed: ticketIds, total { amount (minor units), currency }, free, paymentId?; ' +
      'booking.cancelled and booking.tickets_cancelled: by, reason, ticketIds; payment.succeeded/failed: paymentId, amount, provider, reason?; ' +
      'refund.requested: paymentId, amount, reason, ticketIds. Never the buyer’s or attendees’ names or e-mails.',
  })
  data!: Record<string, unknown>;
}
