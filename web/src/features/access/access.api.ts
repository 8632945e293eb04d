import { apiFetch } from '../../lib/api';
import type { EventAccess } from './access.types';

/** Checks a code the way a hold would; writes nothing. */
export async function checkAccess(eventId: string, code: string): Promise<EventAccess> {
  const result = await apiFetch<EventAccess>(`/api/events/${encodeURIComponent(eventId)}/access`, {
    method: 'POST',
    body: { code },
  });
  return result.data;
}
