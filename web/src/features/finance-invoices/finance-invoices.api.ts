import { queryOptions } from '@tanstack/react-query';
import { apiGet, withQuery } from '../../lib/api';
import { invoiceKeys, type InvoicePage } from '../invoices';

/** Finance's filters: an organizer id, a year; and the page. */
export type FinanceFilter = { organizerId?: string; year?: number; page: number };

export const financeInvoicesQuery = (filter: FinanceFilter) =>
  queryOptions({
    queryKey: [...invoiceKeys.all, 'finance', filter] as const,
    queryFn: ({ signal }) =>
      apiGet<InvoicePage>(
        withQuery('/api/finance/invoices', {
          organizerId: filter.organizerId,
          year: filter.year,
          page: filter.page > 1 ? filter.page : undefined,
        }),
        { signal },
      ),
  });
