import { apiFetch, apiGet, withQuery } from '../../lib/api';
import type { GroupRequest } from './group-booking.types';

export const groupRequestKeys = {
  mine: (userId: string, eventId?: string) => ['me', userId, 'group-requests', eventId ?? 'all'] as const,
  ofEvent: (eventId: string) => ['organizer', 'events', eventId, 'group-requests'] as const,
};

export const fetchMyGroupRequests = (eventId?: string, signal?: AbortSignal) =>
  apiGet<{ items: GroupRequest[] }>(withQuery('/api/me/group-requests', { eventId }), { signal });

export const fetchEventGroupRequests = (eventId: string, signal?: AbortSignal) =>
  apiGet<{ items: GroupRequest[] }>(`/api/events/${encodeURIComponent(eventId)}/group-requests`, { signal });

export async function requestGroupBooking(
  eventId: string,
  request: { quantity: number; message: string },
  idempotencyKey: string,
) {
  const result = await apiFetch<{ requestId: string; status: string; position: string }>(
    `/api/events/${encodeURIComponent(eventId)}/group-requests`,
    { method: 'POST', body: request, idempotencyKey },
  );
  return result.data;
}

export async function answerGroupRequest(requestId: string, answer: 'approve' | 'decline', reason: string) {
  const body = answer === 'approve' ? (reason ? { reason } : {}) : { reason };
  const result = await apiFetch<{ requestId: string; status: string }>(
    `/api/group-requests/${encodeURIComponent(requestId)}/${answer}`,
    { method: 'POST', body },
  );
  return result.data;
}
