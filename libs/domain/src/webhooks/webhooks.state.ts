import type { WebhookDeliveryEvent, WebhookEndpointsEvent } from './webhooks.events';
import type { WebhookEventType } from './webhooks.types';

export type WebhookEndpoint = Readonly<{
  endpointId: string;
  url: string;
  eventTypes: readonly WebhookEventType[];
  enabled: boolean;
  secret: string;
  /**
   * Events from this instant on are sent to it: its registration, or the last time it was enabled
   * again (what happened while it was off is not sent later, nor on a replay of the log).
   */
  deliversSince: string;
}>;

/** An organizer's endpoints, live ones only; `deleted` keeps the ids that were (a delete again is a no-op). */
export type WebhookEndpointsState = Readonly<{
  endpoints: Readonly<Record<string, WebhookEndpoint>>;
  deleted: readonly string[];
}>;

export const initialWebhookEndpointsState = (): WebhookEndpointsState => ({ endpoints: {}, deleted: [] });

export function evolveWebhookEndpoints(
  state: WebhookEndpointsState,
  event: WebhookEndpointsEvent,
): WebhookEndpointsState {
  switch (event.type) {
    case 'WebhookEndpointRegistered': {
      const { endpointId, url, eventTypes, enabled, secret, registeredAt } = event.data;
      const endpoint = { endpointId, url, eventTypes, enabled, secret, deliversSince: registeredAt };
      return { ...state, endpoints: { ...state.endpoints, [endpointId]: endpoint } };
    }
    case 'WebhookEndpointChanged': {
      const { endpointId, url, eventTypes, enabled, changedAt } = event.data;
      const current = state.endpoints[endpointId];
      if (!current) return state;
      const deliversSince = enabled && !current.enabled ? changedAt : current.deliversSince;
      const endpoint = { ...current, url, eventTypes, enabled, deliversSince };
      return { ...state, endpoints: { ...state.endpoints, [endpointId]: endpoint } };
    }
    case 'WebhookSecretRotated': {
      const current = state.endpoints[event.data.endpointId];
      if (!current) return state;
      return {
        ...state,
        endpoints: { ...state.endpoints, [current.endpointId]: { ...current, secret: event.data.secret } },
      };
    }
    case 'WebhookEndpointDeleted': {
      const { [event.data.endpointId]: _gone, ...endpoints } = state.endpoints;
      return { endpoints, deleted: [...state.deleted, event.data.endpointId] };
    }
  }
}

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

export type WebhookDeliveryState =
  | Readonly<{ status: 'none' }>
  | Readonly<{
      status: WebhookDeliveryStatus;
      deliveryId: string;
      endpointId: string;
      organizerId: string;
      notificationId: string;
      body: string;
      /** Attempts made so far (every round). */
      attempts: number;
      /** A failure of this attempt gives up (the schedule's budget, or a resend's one attempt). */
      lastAttempt: number;
      nextAttemptAt?: string;
    }>;

export const initialWebhookDeliveryState = (): WebhookDeliveryState => ({ status: 'none' });

export function evolveWebhookDelivery(state: WebhookDeliveryState, event: WebhookDeliveryEvent): WebhookDeliveryState {
  if (event.type === 'WebhookDeliveryScheduled') {
    const { deliveryId, endpointId, organizerId, notificationId, body, maxAttempts, nextAttemptAt } = event.data;
    return {
      status: 'pending',
      deliveryId,
      endpointId,
      organizerId,
      notificationId,
      body,
      attempts: 0,
      lastAttempt: maxAttempts,
      nextAttemptAt,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'WebhookAttemptSucceeded': {
      const { nextAttemptAt: _done, ...rest } = state;
      return { ...rest, status: 'delivered', attempts: event.data.attempt };
    }
    case 'WebhookAttemptFailed': {
      const { nextAttemptAt: _old, ...rest } = state;
      return event.data.gaveUp || !event.data.nextAttemptAt
        ? { ...rest, status: 'failed', attempts: event.data.attempt }
        : { ...rest, status: 'pending', attempts: event.data.attempt, nextAttemptAt: event.data.nextAttemptAt };
    }
    case 'WebhookResendRequested':
      // One more attempt; a delivery still retrying keeps the rest of its budget.
      return {
        ...state,
        status: 'pending',
        lastAttempt: Math.max(state.status === 'pending' ? state.lastAttempt : 0, state.attempts + 1),
        nextAttemptAt: event.data.nextAttemptAt,
      };
  }
}
