import type { SeatingPlan } from '@booking/seating';
import { apiFetch, isProblem } from '../../lib/api';
import type { PriceTier } from '../catalog';

/** GET /api/events/{id}/seating-plan (docs/api-seating.md). */
export type SeatingPlanDocument = {
  eventId: string;
  planVersion: number;
  capacity: number;
  plan: SeatingPlan;
  priceTiers: PriceTier[];
};

/** GET /api/events/{id}/seats: places per section and the seats in active holds. */
export type SeatsDocument = {
  eventId: string;
  sections: { sectionId: string; capacity: number; free: number }[];
  taken: string[];
  position?: string;
};

export type SavedPlan = { eventId: string; planVersion: number; capacity: number; position: string | undefined };

export const seatingKeys = {
  plan: (eventId: string) => ['seating', eventId, 'plan'] as const,
  seats: (eventId: string) => ['seating', eventId, 'seats'] as const,
};

const planPath = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}/seating-plan`;

/** The plan and its ETag (sent back as If-Match so a save never overwrites someone else's); null when the event has none. */
export async function fetchSeatingPlan(
  eventId: string,
  options: { signal?: AbortSignal; minPosition?: string } = {},
): Promise<{ document: SeatingPlanDocument; etag?: string } | null> {
  try {
    const result = await apiFetch<SeatingPlanDocument>(planPath(eventId), options);
    return { document: result.data, etag: result.headers.get('ETag') ?? undefined };
  } catch (error) {
    if (isProblem(error) && error.status === 404 && error.code !== 'catalog.event-not-found') return null;
    throw error;
  }
}

export async function saveSeatingPlan(
  eventId: string,
  plan: SeatingPlan,
  etag?: string,
): Promise<SavedPlan & { etag?: string }> {
  const result = await apiFetch<SavedPlan>(planPath(eventId), {
    method: 'PUT',
    body: plan,
    headers: etag ? { 'If-Match': etag } : undefined,
  });
  return { ...result.data, position: result.position, etag: result.headers.get('ETag') ?? undefined };
}

export async function removeSeatingPlan(eventId: string, etag?: string) {
  const result = await apiFetch<{ eventId: string; position?: string }>(planPath(eventId), {
    method: 'DELETE',
    headers: etag ? { 'If-Match': etag } : undefined,
  });
  return { position: result.position };
}

export async function fetchSeats(eventId: string, options: { signal?: AbortSignal; minPosition?: string } = {}) {
  return (await apiFetch<SeatsDocument>(`/api/events/${encodeURIComponent(eventId)}/seats`, options)).data;
}
