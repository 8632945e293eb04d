import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WEBHOOK_EVENT_TYPES } from '@booking/domain';

export class WebhookEndpointView {
  @ApiProperty({ format: 'uuid' }) endpointId!: string;
  @ApiProperty({ example: 'https://hooks.example.com/booking' }) url!: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true }) eventTypes!: string[];
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the signing secret was last replaced' })
  secretRotatedAt?: string;
}

export class WebhookEndpointsView {
  @ApiProperty({ type: [WebhookEndpointView], description: 'Oldest first; never the secrets' })
  items!: WebhookEndpointView[];
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true, description: 'Every type an endpoint may receive' })
  eventTypes!: string[];
}

export class WebhookAttemptView {
  @ApiProperty({ type: 'integer', minimum: 1 }) attempt!: number;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) durationMs!: number;
  @ApiPropertyOptional({ type: 'integer', description: 'The status the receiver answered' }) statusCode?: number;
  @ApiPropertyOptional({ description: 'A timeout, a network error or a refused target' }) error?: string;
  @ApiProperty({ description: 'true: a 2xx answer' }) ok!: boolean;
}

export class WebhookDeliveryView {
  @ApiProperty({ format: 'uuid' }) deliveryId!: string;
  @ApiProperty({ format: 'uuid' }) endpointId!: string;
  @ApiProperty({ format: 'uuid', description: 'The payload’s id: the domain event’s' }) notificationId!: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES }) notificationType!: string;
  @ApiProperty({ description: 'The JSON body sent' }) body!: string;
  @ApiProperty({ enum: ['pending', 'delivered', 'failed'] }) status!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) attemptCount!: number;
  @ApiProperty({ type: [WebhookAttemptView], description: 'The latest attempts, oldest first' })
  attempts!: WebhookAttemptView[];
  @ApiPropertyOptional({ format: 'date-time', description: 'When the next attempt is due (pending)' })
  nextAttemptAt?: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class WebhookDeliveriesView {
  @ApiProperty({ type: [WebhookDeliveryView], description: 'Newest first' }) items!: WebhookDeliveryView[];
}
