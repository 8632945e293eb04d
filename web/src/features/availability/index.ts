export { AvailabilityPanel } from './AvailabilityPanel';
export { useLiveAvailability, type StreamStatus } from './useLiveAvailability';
export { refreshAvailability } from './refreshAvailability';
export { availabilityKey, fetchAvailability } from './availability.api';
export type { Availability } from './availability.types';
export { saleState, SALE_STATE_TEXT, useAvailabilitySnapshot, type SaleState } from './saleState';
