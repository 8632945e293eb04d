import { queryOptions } from '@tanstack/react-query';
import { apiDownload, apiFetch, apiGet, saveBlob, withQuery } from '../../lib/api';
import type { OrdersFilter } from './orders-filter';
import type { OrdersPage, OrderStatus, ResendAnswer, Sales } from './orders.types';

export const ordersKeys = {
  all: ['orders'] as const,
  event: (eventId: string, filter: OrdersFilter) => ['orders', 'event', eventId, filter] as const,
  sales: (eventId: string) => ['orders', 'sales', eventId] as const,
  admin: (filter: OrdersFilter & { eventId?: string }) => ['orders', 'admin', filter] as const,
};

const eventPath = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}`;
const params = (filter: { status?: OrderStatus; q?: string; page?: number; eventId?: string }) => ({
  status: filter.status,
  q: filter.q,
  page: filter.page && filter.page > 1 ? filter.page : undefined,
  eventId: filter.eventId,
});

export const eventOrdersQuery = (eventId: string, filter: OrdersFilter) =>
  queryOptions({
    queryKey: ordersKeys.event(eventId, filter),
    queryFn: ({ signal }) => apiGet<OrdersPage>(withQuery(`${eventPath(eventId)}/orders`, params(filter)), { signal }),
  });

export const salesQuery = (eventId: string) =>
  queryOptions({
    queryKey: ordersKeys.sales(eventId),
    queryFn: ({ signal }) => apiGet<Sales>(`${eventPath(eventId)}/sales`, { signal }),
  });

export const adminBookingsQuery = (filter: OrdersFilter & { eventId?: string }) =>
  queryOptions({
    queryKey: ordersKeys.admin(filter),
    queryFn: ({ signal }) => apiGet<OrdersPage>(withQuery('/api/admin/bookings', params(filter)), { signal }),
  });

/** The filtered orders as CSV (one row per ticket), fetched with the bearer token and saved. */
export async function downloadOrdersCsv(eventId: string, filter: Omit<OrdersFilter, 'page'>) {
  const path = withQuery(`${eventPath(eventId)}/orders.csv`, { status: filter.status, q: filter.q });
  saveBlob(await apiDownload(path, 'text/csv'), `orders-${eventId.slice(0, 8)}.csv`);
}

/** Mails the buyer their tickets again; a second request within a minute sends nothing (`queued: false`). */
export async function resendTickets(bookingId: string): Promise<ResendAnswer> {
  const result = await apiFetch<ResendAnswer>(`/api/bookings/${encodeURIComponent(bookingId)}/tickets/resend`, {
    method: 'POST',
  });
  return result.data;
}

/** The organizer (or an admin) cancels a whole order: every ticket stops admitting, a paid one is refunded in full. */
export async function cancelOrder(bookingId: string, reason: string, idempotencyKey: string) {
  const result = await apiFetch<{ bookingId: string; status: string; position: string }>(
    `/api/bookings/${encodeURIComponent(bookingId)}/cancellation`,
    { method: 'POST', body: { reason }, idempotencyKey },
  );
  return { ...result.data, position: result.position ?? result.data.position };
}
