export { ProjectorModule } from './projector.module';
export { ExpireHolds } from './policies/expire-holds';
export { HolderNotifications } from './notifications/holder-notifications';
