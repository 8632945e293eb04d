import { apiGet } from '../../lib/api';
import type { Availability } from './availability.types';

export const availabilityKey = (eventId: string) => ['availability', eventId] as const;

export const availabilityStreamUrl = (eventId: string) =>
  `/api/events/${encodeURIComponent(eventId)}/availability/stream`;

export function fetchAvailability(eventId: string, options: { signal?: AbortSignal } = {}) {
  return apiGet<Availability>(`/api/events/${encodeURIComponent(eventId)}/availability`, options);
}
