import { ORDER_STATUSES, type OrderStatus } from './orders.types';

/** What the orders list asks for: a status, a search and a page (1-based). */
export type OrdersFilter = { status?: OrderStatus; q?: string; page: number };

/** The filter as the URL of the page holds it (`?status=&q=&page=`); anything unknown falls back to the default. */
export function filterFromParams(params: URLSearchParams): OrdersFilter {
  const status = params.get('status');
  const q = params.get('q')?.trim();
  const page = Number(params.get('page'));
  return {
    ...(status && (ORDER_STATUSES as readonly string[]).includes(status) ? { status: status as OrderStatus } : {}),
    ...(q ? { q } : {}),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The URL parameters for a filter, leaving out defaults. */
export function filterToParams(filter: OrdersFilter): Record<string, string> {
  return {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.q ? { q: filter.q } : {}),
    ...(filter.page > 1 ? { page: String(filter.page) } : {}),
  };
}

/** How many pages `total` orders fill (at least one, so "page 1 of 1" reads right when empty). */
export const pageCount = (total: number, pageSize: number): number => Math.max(1, Math.ceil(total / pageSize));

/** "Showing 51–100 of 120." */
export function showing(page: number, pageSize: number, count: number, total: number): string {
  if (total === 0 || count === 0) return 'No orders found.';
  const first = (page - 1) * pageSize + 1;
  return `Showing ${first}–${first + count - 1} of ${total}.`;
}

export const STATUS_LABELS: Record<OrderStatus, string> = {
  'pending-payment': 'Pending payment',
  confirmed: 'Confirmed',
  expired: 'Expired',
  cancelled: 'Cancelled',
};
