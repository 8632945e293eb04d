export { ProjectorModule } from './projector.module';
export { ExpireHolds } from './policies/expire-holds';
export { ExpireBookings, ORPHAN_GRACE_MS } from './policies/expire-bookings';
export { HolderNotifications } from './notifications/holder-notifications';
export {
  DeliverWebhooks,
  verifyWebhookSignature,
  signWebhook,
  SIGNATURE_HEADER,
  WEBHOOK_TRANSPORT,
  type WebhookTransport,
} from './webhooks';
