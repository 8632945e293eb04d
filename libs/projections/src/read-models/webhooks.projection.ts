import { type WebhookEventType, webhooksContext } from '@booking/domain';
import { changed, defineProjection, type Projected } from '../projection';

/** An organizer's endpoint as their Webhooks page lists it: never its secret. */
export type WebhookEndpointDoc = Projected & {
  organizerId: string;
  url: string;
  eventTypes: WebhookEventType[];
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
  /** When its secret was last replaced (absent: never). */
  secretRotatedAt?: string;
};

export const webhookEndpointsProjection = defineProjection<WebhookEndpointDoc>()({
  name: 'webhook-endpoints',
  version: 1,
  reads: [webhooksContext],
  ignores: ['WebhookDeliveryScheduled', 'WebhookAttemptSucceeded', 'WebhookAttemptFailed', 'WebhookResendRequested'],
  keyOf: (event) => event.data.endpointId,
  indexes: [{ keys: { organizerId: 1, createdAt: 1 } }],
  on: {
    WebhookEndpointRegistered: (_doc, { data, metadata }) => ({
      _id: data.endpointId,
      organizerId: data.organizerId,
      url: data.url,
      eventTypes: [...data.eventTypes],
      enabled: data.enabled,
      createdAt: metadata.occurredAt,
      updatedAt: metadata.occurredAt,
    }),
    WebhookEndpointChanged: (doc, { data, metadata }) =>
      changed(doc, (rest) => ({
        ...rest,
        url: data.url,
        eventTypes: [...data.eventTypes],
        enabled: data.enabled,
        updatedAt: metadata.occurredAt,
      })),
    WebhookSecretRotated: (doc, { metadata }) =>
      changed(doc, (rest) => ({ ...rest, secretRotatedAt: metadata.occurredAt, updatedAt: metadata.occurredAt })),
    WebhookEndpointDeleted: () => null,
  },
});

/** One attempt as the delivery log shows it. */
export type WebhookAttemptDoc = {
  attempt: number;
  at: string;
  durationMs: number;
  statusCode?: number;
  error?: string;
  ok: boolean;
};

/** The attempts a delivery's document keeps (the latest). */
export const WEBHOOK_ATTEMPTS_KEPT = 20;

/** One notification to one endpoint: the delivery log, and the sender's list of what is due. */
export type WebhookDeliveryDoc = Projected & {
  endpointId: string;
  organizerId: string;
  notificationId: string;
  notificationType: WebhookEventType;
  /** The JSON sent (no personal data: see docs/webhooks.md). */
  body: string;
  status: 'pending' | 'delivered' | 'failed';
  attemptCount: number;
  attempts: WebhookAttemptDoc[];
  /** When the next attempt is due (pending only). */
  nextAttemptAt?: string;
  createdAt: string;
  updatedAt: string;
};

const withAttempt = (attempts: WebhookAttemptDoc[], attempt: WebhookAttemptDoc) =>
  [...attempts.filter((a) => a.attempt !== attempt.attempt), attempt].slice(-WEBHOOK_ATTEMPTS_KEPT);

export const webhookDeliveriesProjection = defineProjection<WebhookDeliveryDoc>()({
  name: 'webhook-deliveries',
  version: 1,
  reads: [webhooksContext],
  ignores: ['WebhookEndpointRegistered', 'WebhookEndpointChanged', 'WebhookSecretRotated', 'WebhookEndpointDeleted'],
  keyOf: (event) => event.data.deliveryId,
  indexes: [{ keys: { endpointId: 1, createdAt: -1 } }, { keys: { status: 1, nextAttemptAt: 1 } }],
  on: {
    WebhookDeliveryScheduled: (_doc, { data, metadata }) => ({
      _id: data.deliveryId,
      endpointId: data.endpointId,
      organizerId: data.organizerId,
      notificationId: data.notificationId,
      notificationType: data.notificationType,
      body: data.body,
      status: 'pending',
      attemptCount: 0,
      attempts: [],
      nextAttemptAt: data.nextAttemptAt,
      createdAt: metadata.occurredAt,
      updatedAt: metadata.occurredAt,
    }),
    WebhookAttemptSucceeded: (doc, { data }) =>
      changed(doc, ({ nextAttemptAt: _done, ...rest }) => ({
        ...rest,
        status: 'delivered',
        attemptCount: data.attempt,
        attempts: withAttempt(rest.attempts, {
          attempt: data.attempt,
          at: data.at,
          durationMs: data.durationMs,
          statusCode: data.statusCode,
          ok: true,
        }),
        updatedAt: data.at,
      })),
    WebhookAttemptFailed: (doc, { data }) =>
      changed(doc, ({ nextAttemptAt: _old, ...rest }) => ({
        ...rest,
        status: data.gaveUp ? 'failed' : 'pending',
        attemptCount: data.attempt,
        attempts: withAttempt(rest.attempts, {
          attempt: data.attempt,
          at: data.at,
          durationMs: data.durationMs,
          ...(data.statusCode !== undefined ? { statusCode: data.statusCode } : {}),
          ...(data.error !== undefined ? { error: data.error } : {}),
          ok: false,
        }),
        ...(data.nextAttemptAt ? { nextAttemptAt: data.nextAttemptAt } : {}),
        updatedAt: data.at,
      })),
    WebhookResendRequested: (doc, { data }) =>
      changed(doc, (rest) => ({
        ...rest,
        status: 'pending',
        nextAttemptAt: data.nextAttemptAt,
        updatedAt: data.nextAttemptAt,
      })),
  },
});
