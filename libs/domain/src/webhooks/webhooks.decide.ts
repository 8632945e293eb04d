import { DomainError, assertNever, hasRole } from '../kernel';
import type {
  ChangeWebhookEndpoint,
  DeleteWebhookEndpoint,
  RegisterWebhookEndpoint,
  RotateWebhookSecret,
  WebhookEndpointsCommand,
} from './webhooks.commands';
import type { WebhookEndpointsEvent } from './webhooks.events';
import type { WebhookEndpoint, WebhookEndpointsState } from './webhooks.state';
import { MAX_WEBHOOK_ENDPOINTS, type WebhookEventType, isWebhookEventType } from './webhooks.types';
import { checkWebhookUrl } from './webhooks.url';

export function decideWebhookEndpoints(
  command: WebhookEndpointsCommand,
  state: WebhookEndpointsState,
): WebhookEndpointsEvent[] {
  // The stream is the caller's own: only its organizer acts on it (anyone else finds nothing).
  const { actor } = command.metadata;
  if (actor.userId !== command.data.organizerId || !hasRole(actor, 'organizer'))
    throw DomainError.notFound('webhook.not-found', `No webhook endpoint ${command.data.endpointId}`);
  switch (command.type) {
    case 'RegisterWebhookEndpoint':
      return register(command, state);
    case 'ChangeWebhookEndpoint':
      return change(command, state);
    case 'RotateWebhookSecret':
      return rotate(command, state);
    case 'DeleteWebhookEndpoint':
      return remove(command, state);
    default:
      return assertNever(command);
  }
}

function register({ data, metadata }: RegisterWebhookEndpoint, state: WebhookEndpointsState): WebhookEndpointsEvent[] {
  const { organizerId, endpointId, enabled, secret } = data;
  if (state.endpoints[endpointId] || state.deleted.includes(endpointId))
    throw DomainError.conflict('webhook.exists', `Webhook endpoint ${endpointId} already exists`);
  if (Object.keys(state.endpoints).length >= MAX_WEBHOOK_ENDPOINTS)
    throw DomainError.conflict(
      'webhook.too-many',
      `An organizer may have at most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints; delete one first`,
    );
  if (secret.length < 32) throw new Error('A webhook secret must be at least 32 characters');
  const url = checkWebhookUrl(data.url, data.allowLoopbackHttp);
  const eventTypes = checkEventTypes(data.eventTypes);
  const registeredAt = metadata.now.toISOString();
  return [
    {
      type: 'WebhookEndpointRegistered',
      data: { endpointId, organizerId, url, eventTypes, enabled, secret, registeredAt },
    },
  ];
}

function change({ data, metadata }: ChangeWebhookEndpoint, state: WebhookEndpointsState): WebhookEndpointsEvent[] {
  const current = endpointOf(state, data.endpointId);
  const url = data.url === undefined ? current.url : checkWebhookUrl(data.url, data.allowLoopbackHttp);
  const eventTypes = data.eventTypes === undefined ? [...current.eventTypes] : checkEventTypes(data.eventTypes);
  const enabled = data.enabled ?? current.enabled;
  const same = url === current.url && enabled === current.enabled && eventTypes.join() === current.eventTypes.join();
  if (same) return [];
  return [
    {
      type: 'WebhookEndpointChanged',
      data: {
        endpointId: data.endpointId,
        organizerId: data.organizerId,
        url,
        eventTypes,
        enabled,
        changedAt: metadata.now.toISOString(),
      },
    },
  ];
}

function rotate({ data }: RotateWebhookSecret, state: WebhookEndpointsState): WebhookEndpointsEvent[] {
  endpointOf(state, data.endpointId);
  if (data.secret.length < 32) throw new Error('A webhook secret must be at least 32 characters');
  return [{ type: 'WebhookSecretRotated', data }];
}

function remove({ data }: DeleteWebhookEndpoint, state: WebhookEndpointsState): WebhookEndpointsEvent[] {
  if (state.deleted.includes(data.endpointId)) return []; // deleted already: a retry changes nothing
  endpointOf(state, data.endpointId);
  return [{ type: 'WebhookEndpointDeleted', data }];
}

function endpointOf(state: WebhookEndpointsState, endpointId: string): WebhookEndpoint {
  const endpoint = state.endpoints[endpointId];
  if (!endpoint) throw DomainError.notFound('webhook.not-found', `No webhook endpoint ${endpointId}`);
  return endpoint;
}

/** At least one known type, each once, in the catalog's order (so a change is seen as one). */
function checkEventTypes(types: readonly string[]): WebhookEventType[] {
  const unknown = types.filter((type) => !isWebhookEventType(type));
  if (unknown.length > 0)
    throw DomainError.validation('webhook.unknown-event-type', `Unknown webhook event types: ${unknown.join(', ')}`);
  if (types.length === 0)
    throw DomainError.validation('webhook.no-event-types', 'Choose at least one event type to receive');
  return [...new Set(types as WebhookEventType[])].sort();
}
