export { QueryApiModule } from './query-api.module';
export { LiveAvailability } from './inventory/stream-availability/live-availability.service';
