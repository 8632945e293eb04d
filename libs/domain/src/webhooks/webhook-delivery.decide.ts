import { DomainError, assertNever } from '../kernel';
import type {
  RecordWebhookAttempt,
  ResendWebhookDelivery,
  ScheduleWebhookDelivery,
  WebhookDeliveryCommand,
  WebhookNotification,
} from './webhooks.commands';
import type { WebhookDeliveryEvent } from './webhooks.events';
import type { WebhookDeliveryState } from './webhooks.state';
import { webhookRetryDelayMs } from './webhooks.types';

export function decideWebhookDelivery(
  command: WebhookDeliveryCommand,
  state: WebhookDeliveryState,
): WebhookDeliveryEvent[] {
  switch (command.type) {
    case 'ScheduleWebhookDelivery':
      return schedule(command, state);
    case 'RecordWebhookAttempt':
      return recordAttempt(command, state);
    case 'ResendWebhookDelivery':
      return resend(command, state);
    default:
      return assertNever(command);
  }
}

/**
 * The JSON every attempt sends, fixed when the delivery is scheduled: `{ id, type, created, data }`
 * (docs/webhooks.md, "Payload"). `created`: when the notification was made, ISO 8601 UTC.
 */
export function webhookBody(notification: WebhookNotification, created: Date): string {
  return JSON.stringify({
    id: notification.id,
    type: notification.type,
    created: created.toISOString(),
    data: notification.data,
  });
}

function schedule({ data, metadata }: ScheduleWebhookDelivery, state: WebhookDeliveryState): WebhookDeliveryEvent[] {
  if (state.status !== 'none') return []; // the policy ran again on the same event: scheduled already
  const { deliveryId, endpointId, organizerId, notification, maxAttempts } = data;
  return [
    {
      type: 'WebhookDeliveryScheduled',
      data: {
        deliveryId,
        endpointId,
        organizerId,
        notificationId: notification.id,
        notificationType: notification.type,
        body: webhookBody(notification, metadata.now),
        maxAttempts: Math.max(1, maxAttempts),
        nextAttemptAt: metadata.now.toISOString(),
      },
    },
  ];
}

function recordAttempt({ data, metadata }: RecordWebhookAttempt, state: WebhookDeliveryState): WebhookDeliveryEvent[] {
  // Only the attempt due counts: a repeat (two senders, a restart) or a late answer changes nothing.
  if (state.status !== 'pending' || data.attempt !== state.attempts + 1) return [];
  const { deliveryId, attempt, durationMs, statusCode, error } = data;
  const at = metadata.now.toISOString();
  const ok = statusCode !== undefined && statusCode >= 200 && statusCode < 300 && !error;
  if (ok)
    return [
      {
        type: 'WebhookAttemptSucceeded',
        data: { deliveryId, endpointId: state.endpointId, attempt, at, durationMs, statusCode },
      },
    ];
  const gaveUp = data.final === true || attempt >= state.lastAttempt;
  const next = new Date(metadata.now.getTime() + webhookRetryDelayMs(attempt, data.retryBaseMs)).toISOString();
  return [
    {
      type: 'WebhookAttemptFailed',
      data: {
        deliveryId,
        endpointId: state.endpointId,
        attempt,
        at,
        durationMs,
        ...(statusCode !== undefined ? { statusCode } : {}),
        ...(error !== undefined ? { error } : {}),
        ...(gaveUp ? {} : { nextAttemptAt: next }),
        gaveUp,
      },
    },
  ];
}

function resend({ data, metadata }: ResendWebhookDelivery, state: WebhookDeliveryState): WebhookDeliveryEvent[] {
  // Another organizer's delivery, or one of another endpoint, reads as none at all.
  if (state.status === 'none' || state.organizerId !== metadata.actor.userId || state.endpointId !== data.endpointId)
    throw DomainError.notFound('webhook.delivery-not-found', `No delivery ${data.deliveryId} of this endpoint`);
  return [
    {
      type: 'WebhookResendRequested',
      data: {
        deliveryId: data.deliveryId,
        endpointId: data.endpointId,
        requestedBy: metadata.actor.userId,
        nextAttemptAt: metadata.now.toISOString(),
      },
    },
  ];
}
