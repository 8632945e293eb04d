import { queryOptions } from '@tanstack/react-query';
import { apiDownload, apiGet, saveBlob } from '../../lib/api';
import type { Invoice } from './invoices.types';

export const invoiceKeys = {
  all: ['invoices'] as const,
  booking: (bookingId: string) => ['invoices', 'booking', bookingId] as const,
};

/** A booking's invoice and credit notes. They are issued by a process after confirmation: poll a while until one shows. */
export const bookingInvoicesQuery = (bookingId: string, expectOne: boolean) =>
  queryOptions({
    queryKey: invoiceKeys.booking(bookingId),
    queryFn: ({ signal }) =>
      apiGet<{ items: Invoice[] }>(`/api/bookings/${encodeURIComponent(bookingId)}/invoices`, { signal }),
    refetchInterval: (query) =>
      expectOne && (query.state.data?.items.length ?? 0) === 0 && query.state.dataUpdateCount < 30 ? 2000 : false,
  });

/** The PDF, fetched with the bearer token (a plain link cannot carry it), then saved. */
export async function downloadInvoicePdf(invoice: Pick<Invoice, 'pdfUrl' | 'kind' | 'number'>) {
  saveBlob(await apiDownload(invoice.pdfUrl, 'application/pdf'), `${invoice.kind}-${invoice.number}.pdf`);
}
