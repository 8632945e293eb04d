export type WebhookEndpoint = {
  endpointId: string;
  url: string;
  eventTypes: string[];
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
  secretRotatedAt?: string;
};

export type WebhookEndpoints = { items: WebhookEndpoint[]; eventTypes: string[] };

/** The answers that carry a signing secret (shown once). */
export type WebhookEndpointCreated = Omit<WebhookEndpoint, 'createdAt' | 'updatedAt'> & { secret: string };
export type WebhookSecret = { endpointId: string; secret: string };

export type WebhookAttempt = {
  attempt: number;
  at: string;
  durationMs: number;
  statusCode?: number;
  error?: string;
  ok: boolean;
};

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

export type WebhookDelivery = {
  deliveryId: string;
  endpointId: string;
  notificationId: string;
  notificationType: string;
  body: string;
  status: WebhookDeliveryStatus;
  attemptCount: number;
  attempts: WebhookAttempt[];
  nextAttemptAt?: string;
  createdAt: string;
  updatedAt: string;
};
