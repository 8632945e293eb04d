import { apiFetch, apiGet } from '../../lib/api';
import type { EventStatus, EventSummary, GroupPrice, PriceTier, RefundPolicy, SalesWindow, Venue } from '../catalog';

/** What POST /api/events takes; a PATCH sends any subset of it. */
export type EventInput = {
  title: string;
  description?: string;
  category: string;
  startsAt: string;
  venue: Venue;
  capacity: number;
  tags?: string[];
  endsAt?: string;
  timeZone?: string;
  priceTiers?: PriceTier[];
  salesWindow?: SalesWindow;
  maxTicketsPerOrder?: number;
  maxTicketsPerBuyer?: number;
  allowLoneSeats?: boolean;
  waitlist?: boolean;
  waitlistOfferMinutes?: number;
  groupPrices?: GroupPrice[];
  refundPolicy?: RefundPolicy;
};
export type EventChanges = Partial<EventInput>;

export type CommandResult = { eventId: string; status?: EventStatus; position: string | undefined };

export const organizerKeys = {
  all: ['organizer', 'events'] as const,
};

const eventPath = (id: string) => `/api/events/${encodeURIComponent(id)}`;

async function command(path: string, init: { method: 'POST' | 'PATCH'; body?: unknown; idempotencyKey?: string }) {
  return apiFetch<{ eventId?: string; status?: EventStatus }>(path, init);
}

export const fetchMyEvents = () => apiGet<{ items: EventSummary[] }>('/api/organizer/events');

export async function createEvent(input: EventInput, idempotencyKey: string): Promise<CommandResult> {
  const result = await command('/api/events', { method: 'POST', body: input, idempotencyKey });
  return { eventId: result.data.eventId ?? '', position: result.position };
}

export async function patchEvent(eventId: string, changes: EventChanges): Promise<CommandResult> {
  const result = await command(eventPath(eventId), { method: 'PATCH', body: changes });
  return { eventId, status: result.data.status, position: result.position };
}

export type LifecycleAction = 'submit' | 'withdraw' | 'publish' | 'cancel';

export async function runLifecycle(
  eventId: string,
  action: LifecycleAction,
  idempotencyKey: string,
  reason?: string,
): Promise<CommandResult> {
  const body = action === 'cancel' ? { reason } : undefined;
  const result = await command(`${eventPath(eventId)}/${action}`, { method: 'POST', body, idempotencyKey });
  return { eventId, status: result.data?.status, position: result.position };
}
