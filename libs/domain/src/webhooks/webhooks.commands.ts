import type { DomainCommand } from '../kernel';
import type { WebhookEventType } from './webhooks.types';

/**
 * The organizer's endpoints live on their own stream (`organizerId` is its id, set from the
 * caller): an endpoint id not on it is not found, whoever else it belongs to.
 * `allowLoopbackHttp`: the deployment is not in production (checkWebhookUrl).
 */
export type RegisterWebhookEndpoint = DomainCommand<
  'RegisterWebhookEndpoint',
  {
    organizerId: string;
    endpointId: string;
    url: string;
    eventTypes: readonly string[];
    enabled: boolean;
    /** Minted by the handler from a random source. */
    secret: string;
    allowLoopbackHttp: boolean;
  }
>;
export type ChangeWebhookEndpoint = DomainCommand<
  'ChangeWebhookEndpoint',
  {
    organizerId: string;
    endpointId: string;
    url?: string;
    eventTypes?: readonly string[];
    enabled?: boolean;
    allowLoopbackHttp: boolean;
  }
>;
export type RotateWebhookSecret = DomainCommand<
  'RotateWebhookSecret',
  { organizerId: string; endpointId: string; secret: string }
>;
export type DeleteWebhookEndpoint = DomainCommand<'DeleteWebhookEndpoint', { organizerId: string; endpointId: string }>;

export type WebhookEndpointsCommand =
  RegisterWebhookEndpoint | ChangeWebhookEndpoint | RotateWebhookSecret | DeleteWebhookEndpoint;

/** What a notification says, before it is stamped with its time and serialized (webhookBody). */
export type WebhookNotification = Readonly<{
  /** The domain event's id. */
  id: string;
  type: WebhookEventType;
  data: Readonly<Record<string, unknown>>;
}>;

/** The notifications policy: one notification for one endpoint (again for the same ids: nothing). */
export type ScheduleWebhookDelivery = DomainCommand<
  'ScheduleWebhookDelivery',
  {
    deliveryId: string;
    endpointId: string;
    organizerId: string;
    notification: WebhookNotification;
    maxAttempts: number;
  }
>;
/**
 * The sender tried `attempt` (one more than those recorded; another number is a repeat: nothing).
 * `statusCode` when an answer came; `error` for a timeout, a network failure or a refused target;
 * `final`: no retry whatever happened (the endpoint is disabled or deleted).
 */
export type RecordWebhookAttempt = DomainCommand<
  'RecordWebhookAttempt',
  {
    deliveryId: string;
    attempt: number;
    durationMs: number;
    statusCode?: number;
    error?: string;
    final?: boolean;
    /** The first retry's delay; each later one doubles (webhookRetryDelayMs). */
    retryBaseMs: number;
  }
>;
/** The organizer asks for one more attempt now. */
export type ResendWebhookDelivery = DomainCommand<'ResendWebhookDelivery', { deliveryId: string; endpointId: string }>;

export type WebhookDeliveryCommand = ScheduleWebhookDelivery | RecordWebhookAttempt | ResendWebhookDelivery;
