/** The OpenAPI description of how a webhook request looks and is verified (docs/webhooks.md). */
export const WEBHOOK_DELIVERY_DESCRIPTION =
  'Each notification is a `POST` to the endpoint URL with a JSON body (schema `WebhookPayload`: ' +
  '`{ id, type, created, data }`; `id` is the domain event id, the same on every retry) and the header ' +
  '`Booking-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with the endpoint secret>`. ' +
  'Verify it by recomputing the HMAC over the raw body, comparing in constant time, and refusing a `t` older than ' +
  '5 minutes. Answer 2xx within 10 s; anything else is retried with exponential backoff (8 attempts), then the ' +
  'delivery is marked failed and can be resent.';
