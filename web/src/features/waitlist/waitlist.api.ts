import { queryOptions } from '@tanstack/react-query';
import { apiFetch, apiGet } from '../../lib/api';
import type { EventWaitlist, JoinedWaitlist, WaitlistEntry } from './waitlist.types';

const waitlistPath = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}/waitlist`;

export const waitlistKeys = {
  all: ['waitlist'] as const,
  mine: (userId: string) => ['waitlist', 'me', userId] as const,
  event: (eventId: string) => ['waitlist', 'event', eventId] as const,
};

export async function joinWaitlist(
  eventId: string,
  body: { quantity: number; sectionId?: string },
  idempotencyKey: string,
): Promise<JoinedWaitlist> {
  const result = await apiFetch<JoinedWaitlist>(waitlistPath(eventId), { method: 'POST', body, idempotencyKey });
  return { ...result.data, position: result.position ?? result.data.position };
}

export async function leaveWaitlist(eventId: string, entryId: string, idempotencyKey: string) {
  const result = await apiFetch<{ entryId: string; position: string }>(
    `${waitlistPath(eventId)}/${encodeURIComponent(entryId)}`,
    { method: 'DELETE', idempotencyKey },
  );
  return { entryId: result.data.entryId, position: result.position };
}

export const myWaitlistQuery = (userId: string) =>
  queryOptions({
    queryKey: waitlistKeys.mine(userId),
    queryFn: ({ signal }) => apiGet<{ items: WaitlistEntry[] }>('/api/me/waitlist', { signal }),
  });

export const eventWaitlistQuery = (eventId: string) =>
  queryOptions({
    queryKey: waitlistKeys.event(eventId),
    queryFn: ({ signal }) => apiGet<EventWaitlist>(waitlistPath(eventId), { signal }),
  });
