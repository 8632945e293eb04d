export * from './webhooks.events';
export * from './webhooks.commands';
export * from './webhooks.types';
export * from './webhooks.streams';
export * from './webhooks.decider';
export * from './webhooks.context';
export { checkWebhookUrl, isLoopbackHost, isPrivateAddress } from './webhooks.url';
export { webhookBody } from './webhook-delivery.decide';
export {
  type WebhookDeliveryState,
  type WebhookDeliveryStatus,
  type WebhookEndpoint,
  type WebhookEndpointsState,
  initialWebhookDeliveryState,
  initialWebhookEndpointsState,
} from './webhooks.state';
