import type { Decider } from '../kernel';
import type { WebhookDeliveryCommand, WebhookEndpointsCommand } from './webhooks.commands';
import { decideWebhookDelivery } from './webhook-delivery.decide';
import { decideWebhookEndpoints } from './webhooks.decide';
import type { WebhookDeliveryEvent, WebhookEndpointsEvent } from './webhooks.events';
import {
  type WebhookDeliveryState,
  type WebhookEndpointsState,
  evolveWebhookDelivery,
  evolveWebhookEndpoints,
  initialWebhookDeliveryState,
  initialWebhookEndpointsState,
} from './webhooks.state';

export const webhookEndpointsDecider: Decider<WebhookEndpointsState, WebhookEndpointsCommand, WebhookEndpointsEvent> = {
  initialState: initialWebhookEndpointsState,
  decide: decideWebhookEndpoints,
  evolve: evolveWebhookEndpoints,
};

export const webhookDeliveryDecider: Decider<WebhookDeliveryState, WebhookDeliveryCommand, WebhookDeliveryEvent> = {
  initialState: initialWebhookDeliveryState,
  decide: decideWebhookDelivery,
  evolve: evolveWebhookDelivery,
};
