import { apiFetch, apiGet } from '../../lib/api';
import type {
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEndpointCreated,
  WebhookEndpoints,
  WebhookSecret,
} from './webhooks.types';

export const webhookKeys = {
  endpoints: ['organizer', 'webhook-endpoints'] as const,
  deliveries: (endpointId: string) => ['organizer', 'webhook-endpoints', endpointId, 'deliveries'] as const,
};

const endpointPath = (endpointId: string) => `/api/webhook-endpoints/${encodeURIComponent(endpointId)}`;

export const fetchWebhookEndpoints = (signal?: AbortSignal) =>
  apiGet<WebhookEndpoints>('/api/webhook-endpoints', { signal });

export const fetchWebhookDeliveries = (endpointId: string, signal?: AbortSignal) =>
  apiGet<{ items: WebhookDelivery[] }>(`${endpointPath(endpointId)}/deliveries`, { signal });

// No Idempotency-Key on the two calls that answer a secret: the API never records those answers.
export async function registerWebhookEndpoint(request: { url: string; eventTypes: string[] }) {
  return (await apiFetch<WebhookEndpointCreated>('/api/webhook-endpoints', { method: 'POST', body: request })).data;
}

export async function rotateWebhookSecret(endpointId: string) {
  return (await apiFetch<WebhookSecret>(`${endpointPath(endpointId)}/secret`, { method: 'POST' })).data;
}

export async function changeWebhookEndpoint(
  endpointId: string,
  change: Partial<Pick<WebhookEndpoint, 'url' | 'eventTypes' | 'enabled'>>,
) {
  return (await apiFetch<WebhookEndpoint>(endpointPath(endpointId), { method: 'PATCH', body: change })).data;
}

export async function deleteWebhookEndpoint(endpointId: string) {
  return (await apiFetch<{ endpointId: string }>(endpointPath(endpointId), { method: 'DELETE' })).data;
}

export async function resendWebhookDelivery(endpointId: string, deliveryId: string) {
  return (
    await apiFetch<{ deliveryId: string; status: string }>(
      `${endpointPath(endpointId)}/deliveries/${encodeURIComponent(deliveryId)}/resend`,
      { method: 'POST' },
    )
  ).data;
}
