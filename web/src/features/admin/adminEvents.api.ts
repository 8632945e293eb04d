import { apiFetch, apiGet, withQuery } from '../../lib/api';
import type { EventStatus, EventSummary } from '../catalog';
import type { FieldChange } from './describeChange';

export const adminEventKeys = {
  all: ['admin', 'events'] as const,
  list: (status: EventStatus) => ['admin', 'events', status] as const,
  changes: (eventId: string) => ['admin', 'events', 'changes', eventId] as const,
};

export type ApprovalChangesView = {
  eventId: string;
  version: number;
  timeZone: string;
  firstReview: boolean;
  approvedVersion?: number;
  approvedAt?: string;
  changes: FieldChange[];
};

export const fetchEventsByStatus = (status: EventStatus) =>
  apiGet<{ items: EventSummary[] }>(withQuery('/api/admin/events', { status }));

export type Verdict = { action: 'approve' } | { action: 'reject'; reason: string };

export async function decide(eventId: string, verdict: Verdict, idempotencyKey: string): Promise<void> {
  await apiFetch<unknown>(`/api/events/${encodeURIComponent(eventId)}/${verdict.action}`, {
    method: 'POST',
    body: verdict.action === 'reject' ? { reason: verdict.reason } : undefined,
    idempotencyKey,
  });
}

export const fetchApprovalChanges = (eventId: string, signal?: AbortSignal) =>
  apiGet<ApprovalChangesView>(`/api/admin/events/${encodeURIComponent(eventId)}/changes`, { signal });
