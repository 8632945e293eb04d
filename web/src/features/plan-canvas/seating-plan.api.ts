import type { SeatingPlan } from '@booking/seating';
import { apiFetch, isProblem } from '../../lib/api';
import type { PriceTier } from '../../lib/money';

/** GET /api/events/{id}/seating-plan (docs/api-seating.md): read by the seat map and the editor alike. */
export type SeatingPlanDocument = {
  eventId: string;
  planVersion: number;
  capacity: number;
  plan: SeatingPlan;
  priceTiers: PriceTier[];
};

export const seatingKeys = {
  plan: (eventId: string) => ['seating', eventId, 'plan'] as const,
  seats: (eventId: string) => ['seating', eventId, 'seats'] as const,
};

export const seatingPlanPath = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}/seating-plan`;

/** The plan and its ETag (sent back as If-Match so a save never overwrites someone else's); null when the event has none. */
export async function fetchSeatingPlan(
  eventId: string,
  options: { signal?: AbortSignal } = {},
): Promise<{ document: SeatingPlanDocument; etag?: string } | null> {
  try {
    const result = await apiFetch<SeatingPlanDocument>(seatingPlanPath(eventId), options);
    return { document: result.data, etag: result.headers.get('ETag') ?? undefined };
  } catch (error) {
    if (isProblem(error) && error.status === 404 && error.code !== 'catalog.event-not-found') return null;
    throw error;
  }
}
