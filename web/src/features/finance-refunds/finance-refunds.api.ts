import { queryOptions } from '@tanstack/react-query';
import { apiFetch, apiGet, withQuery } from '../../lib/api';
import type { FinanceRefund, FinanceRefundPage, RefundStatus } from './finance-refunds.types';

export type RefundFilter = { status?: RefundStatus; page: number };

export const refundKeys = { all: ['finance-refunds'] as const };

export const financeRefundsQuery = (filter: RefundFilter) =>
  queryOptions({
    queryKey: [...refundKeys.all, filter] as const,
    queryFn: ({ signal }) =>
      apiGet<FinanceRefundPage>(
        withQuery('/api/finance/refunds', {
          status: filter.status,
          page: filter.page > 1 ? filter.page : undefined,
        }),
        { signal },
      ),
    // Sent refunds move on when the provider's webhook arrives: look again while any is under way.
    refetchInterval: (query) =>
      query.state.data?.items.some((r) => r.status === 'requested' || r.status === 'sent') ? 3000 : false,
  });

/** Marks a failed refund as given back by hand (status manual), with how. */
export async function markRefundedManually(refundId: string, note: string) {
  return (
    await apiFetch<Pick<FinanceRefund, 'refundId' | 'bookingId' | 'status'>>(
      `/api/finance/refunds/${encodeURIComponent(refundId)}/manual`,
      { method: 'POST', body: { note } },
    )
  ).data;
}
