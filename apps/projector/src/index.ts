export { ProjectorModule } from './projector.module';
export { ExpireHolds } from './policies/expire-holds';
export { ExpireBookings } from './policies/expire-bookings';
export { HolderNotifications } from './notifications/holder-notifications';
