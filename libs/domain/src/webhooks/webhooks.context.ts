import { boundedContext, streamModel } from '../kernel';
import { webhookDeliveryDecider, webhookEndpointsDecider } from './webhooks.decider';
import { webhookDeliverySchema, webhookEndpointsSchema } from './webhooks.events';
import { WEBHOOK_DELIVERY_CATEGORY, WEBHOOK_ENDPOINTS_CATEGORY } from './webhooks.streams';

/** An organizer's webhook endpoints: one stream per organizer. */
export const webhookEndpointsModel = streamModel(
  WEBHOOK_ENDPOINTS_CATEGORY,
  webhookEndpointsDecider,
  webhookEndpointsSchema,
);

/** One notification to one endpoint and its attempts: one stream per delivery. */
export const webhookDeliveryModel = streamModel(
  WEBHOOK_DELIVERY_CATEGORY,
  webhookDeliveryDecider,
  webhookDeliverySchema,
);

export const webhooksContext = boundedContext('webhooks', [webhookEndpointsModel, webhookDeliveryModel]);
