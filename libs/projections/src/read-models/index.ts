import { accountsProjection } from './accounts.projection';
import { catalogEventsProjection } from './catalog-events.projection';
import { eventAvailabilityProjection } from './event-availability.projection';
import { holdsProjection } from './holds.projection';

export * from './accounts.projection';
export * from './catalog-events.projection';
export * from './event-availability.projection';
export * from './holds.projection';
export * from './inventory-counts';

export const ALL_PROJECTIONS = [
  catalogEventsProjection,
  eventAvailabilityProjection,
  holdsProjection,
  accountsProjection,
] as const;
