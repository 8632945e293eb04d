import { type DomainEvent, type PersonalDataDeclaration, eventSchema } from '../kernel';
import type { WebhookEventType } from './webhooks.types';

/**
 * An organizer registered an endpoint. `secret` signs every request to it (docs/webhooks.md); it is
 * kept encrypted in the log under the organizer's key (declared below like personal data) and is
 * shown to the organizer once, in the answer to the command that made it.
 */
export type WebhookEndpointRegistered = DomainEvent<
  'WebhookEndpointRegistered',
  {
    endpointId: string;
    organizerId: string;
    url: string;
    eventTypes: WebhookEventType[];
    enabled: boolean;
    secret: string;
    /** Only events from this instant on are sent to it (a policy replaying older ones skips them). */
    registeredAt: string;
  }
>;
/** The endpoint's URL, event types or switch changed (the whole new setting). */
export type WebhookEndpointChanged = DomainEvent<
  'WebhookEndpointChanged',
  {
    endpointId: string;
    organizerId: string;
    url: string;
    eventTypes: WebhookEventType[];
    enabled: boolean;
    changedAt: string;
  }
>;
/** A new signing secret replaces the old one at once. */
export type WebhookSecretRotated = DomainEvent<
  'WebhookSecretRotated',
  { endpointId: string; organizerId: string; secret: string }
>;
/** The endpoint is gone: nothing more is sent to it, pending deliveries give up. */
export type WebhookEndpointDeleted = DomainEvent<'WebhookEndpointDeleted', { endpointId: string; organizerId: string }>;

export type WebhookEndpointsEvent =
  WebhookEndpointRegistered | WebhookEndpointChanged | WebhookSecretRotated | WebhookEndpointDeleted;

/** Signing secrets are encrypted per organizer in the log, through the personal-data mechanism. */
export const webhookSecrets: PersonalDataDeclaration<WebhookEndpointsEvent> = {
  WebhookEndpointRegistered: { subject: 'organizerId', fields: ['secret'] },
  WebhookSecretRotated: { subject: 'organizerId', fields: ['secret'] },
};

export const webhookEndpointsSchema = eventSchema<WebhookEndpointsEvent>(
  { WebhookEndpointRegistered: 1, WebhookEndpointChanged: 1, WebhookSecretRotated: 1, WebhookEndpointDeleted: 1 },
  { personal: webhookSecrets },
);

/**
 * One notification for one endpoint. `notificationId` is the domain event's id (the payload's
 * `id`: receivers deduplicate by it); `body` is the exact JSON sent, every attempt the same.
 */
export type WebhookDeliveryScheduled = DomainEvent<
  'WebhookDeliveryScheduled',
  {
    deliveryId: string;
    endpointId: string;
    organizerId: string;
    notificationId: string;
    notificationType: WebhookEventType;
    body: string;
    /** Failures after which it gives up. */
    maxAttempts: number;
    nextAttemptAt: string;
  }
>;
/** What one attempt got: a 2xx answer. */
export type WebhookAttemptSucceeded = DomainEvent<
  'WebhookAttemptSucceeded',
  { deliveryId: string; endpointId: string; attempt: number; at: string; durationMs: number; statusCode: number }
>;
/**
 * What one attempt got otherwise: another status, a timeout or a network error. Either the next
 * attempt's time (exponential backoff), or `gaveUp`: the delivery has failed.
 */
export type WebhookAttemptFailed = DomainEvent<
  'WebhookAttemptFailed',
  {
    deliveryId: string;
    endpointId: string;
    attempt: number;
    at: string;
    durationMs: number;
    statusCode?: number;
    error?: string;
    nextAttemptAt?: string;
    gaveUp: boolean;
  }
>;
/** The organizer asked for one more attempt, now (whatever the delivery's state). */
export type WebhookResendRequested = DomainEvent<
  'WebhookResendRequested',
  { deliveryId: string; endpointId: string; requestedBy: string; nextAttemptAt: string }
>;

export type WebhookDeliveryEvent =
  WebhookDeliveryScheduled | WebhookAttemptSucceeded | WebhookAttemptFailed | WebhookResendRequested;

export const webhookDeliverySchema = eventSchema<WebhookDeliveryEvent>({
  WebhookDeliveryScheduled: 1,
  WebhookAttemptSucceeded: 1,
  WebhookAttemptFailed: 1,
  WebhookResendRequested: 1,
});
