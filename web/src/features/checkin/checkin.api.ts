import { apiFetch, apiGet, withQuery } from '../../lib/api';
import type {
  BatchAnswer,
  CheckInSummary,
  DoorAttendee,
  QueuedScan,
  ScanAnswer,
  TicketKeys,
  TicketRevocations,
} from './checkin.types';

const base = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}`;

export const checkinKeys = {
  summary: (eventId: string) => ['checkin', eventId, 'summary'] as const,
  attendees: (eventId: string, q: string) => ['checkin', eventId, 'attendees', q] as const,
};

export type ScanBody = { code: string; nonce: string; gate: string; scannerId: string };

export async function postScan(eventId: string, body: ScanBody): Promise<ScanAnswer> {
  return (await apiFetch<ScanAnswer>(`${base(eventId)}/check-ins`, { method: 'POST', body })).data;
}

export async function postManualCheckIn(
  eventId: string,
  body: { ticketId: string; nonce: string; gate: string; scannerId: string },
): Promise<ScanAnswer> {
  return (await apiFetch<ScanAnswer>(`${base(eventId)}/check-ins/manual`, { method: 'POST', body })).data;
}

export async function uploadScans(eventId: string, scans: readonly QueuedScan[]): Promise<BatchAnswer> {
  return (await apiFetch<BatchAnswer>(`${base(eventId)}/check-ins/batch`, { method: 'POST', body: { scans } })).data;
}

export const fetchSummary = (eventId: string, signal?: AbortSignal) =>
  apiGet<CheckInSummary>(`${base(eventId)}/check-ins/summary`, { signal });

export const searchAttendees = async (eventId: string, q: string, signal?: AbortSignal) =>
  (await apiGet<{ attendees: DoorAttendee[] }>(withQuery(`${base(eventId)}/attendees`, { q }), { signal })).attendees;

export const fetchTicketKeys = (eventId: string) => apiGet<TicketKeys>(`${base(eventId)}/ticket-keys`);
export const fetchRevocations = (eventId: string) => apiGet<TicketRevocations>(`${base(eventId)}/ticket-revocations`);
