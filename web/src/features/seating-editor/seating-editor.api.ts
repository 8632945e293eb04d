import type { SeatingPlan } from '@booking/seating';
import { apiFetch } from '../../lib/api';
import { seatingPlanPath } from '../plan-canvas';

export type SavedPlan = { eventId: string; planVersion: number; capacity: number; position: string | undefined };

/** PUT with the ETag the last read or save returned as If-Match (docs/api-seating.md). */
export async function saveSeatingPlan(
  eventId: string,
  plan: SeatingPlan,
  etag?: string,
): Promise<SavedPlan & { etag?: string }> {
  const result = await apiFetch<SavedPlan>(seatingPlanPath(eventId), {
    method: 'PUT',
    body: plan,
    headers: etag ? { 'If-Match': etag } : undefined,
  });
  return { ...result.data, position: result.position, etag: result.headers.get('ETag') ?? undefined };
}

export async function removeSeatingPlan(eventId: string, etag?: string): Promise<void> {
  await apiFetch<{ eventId: string; position?: string }>(seatingPlanPath(eventId), {
    method: 'DELETE',
    headers: etag ? { 'If-Match': etag } : undefined,
  });
}
