/** One stream per organizer: their endpoints (ids, URLs, event types, secrets). */
export const WEBHOOK_ENDPOINTS_CATEGORY = 'webhook-endpoints';
export const webhookEndpointsStream = (organizerId: string) => `${WEBHOOK_ENDPOINTS_CATEGORY}-${organizerId}`;

/** One stream per delivery: one notification for one endpoint, and every attempt to send it. */
export const WEBHOOK_DELIVERY_CATEGORY = 'webhook-delivery';
export const webhookDeliveryStream = (deliveryId: string) => `${WEBHOOK_DELIVERY_CATEGORY}-${deliveryId}`;
