export * from './webhook-signature';
export * from './webhook-transport';
export { DeliverWebhooks } from './deliver-webhooks';
