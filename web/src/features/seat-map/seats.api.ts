import { apiFetch } from '../../lib/api';

/** GET /api/events/{id}/seats: places per section and the seats in active holds. */
export type SeatsDocument = {
  eventId: string;
  sections: { sectionId: string; capacity: number; free: number }[];
  taken: string[];
  position?: string;
};

export async function fetchSeats(eventId: string, options: { signal?: AbortSignal } = {}) {
  return (await apiFetch<SeatsDocument>(`/api/events/${encodeURIComponent(eventId)}/seats`, options)).data;
}
