export { ProjectorModule } from './projector.module';
export { ExpireHolds } from './policies/expire-holds';
export { ExpireBookings, ORPHAN_GRACE_MS } from './policies/expire-bookings';
export { HolderNotifications } from './notifications/holder-notifications';
