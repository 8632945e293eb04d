import { apiFetch } from '../../lib/api';

export type CreateEventRequest = {
  title: string;
  description: string;
  category: string;
  startsAt: string;
  venue: { name: string; city: string; country: string };
  capacity: number;
};

export type EventCommandResult = { eventId: string; position: string | undefined };

export async function createEvent(request: CreateEventRequest, idempotencyKey: string): Promise<EventCommandResult> {
  const result = await apiFetch<{ eventId: string }>('/api/events', { method: 'POST', body: request, idempotencyKey });
  return { eventId: result.data.eventId, position: result.position };
}

export async function publishEvent(eventId: string, idempotencyKey: string): Promise<EventCommandResult> {
  const result = await apiFetch<{ eventId: string }>(`/api/events/${encodeURIComponent(eventId)}/publish`, {
    method: 'POST',
    idempotencyKey,
  });
  return { eventId: result.data.eventId, position: result.position };
}
