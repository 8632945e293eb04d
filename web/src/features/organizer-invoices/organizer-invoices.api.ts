import { queryOptions } from '@tanstack/react-query';
import { apiFetch, apiGet, withQuery } from '../../lib/api';
import { invoiceKeys, type InvoicePage } from '../invoices';
import type { InvoiceSettings, SettingsRequest } from './settings-form';

export const organizerInvoiceKeys = {
  list: (page: number) => [...invoiceKeys.all, 'organizer', page] as const,
  settings: ['invoice-settings'] as const,
};

export const organizerInvoicesQuery = (page: number) =>
  queryOptions({
    queryKey: organizerInvoiceKeys.list(page),
    queryFn: ({ signal }) =>
      apiGet<InvoicePage>(withQuery('/api/organizer/invoices', { page: page > 1 ? page : undefined }), { signal }),
  });

export const invoiceSettingsQuery = () =>
  queryOptions({
    queryKey: organizerInvoiceKeys.settings,
    queryFn: ({ signal }) => apiGet<InvoiceSettings>('/api/organizer/invoice-settings', { signal }),
  });

export async function saveInvoiceSettings(request: SettingsRequest) {
  return (await apiFetch<{ organizerId: string }>('/api/organizer/invoice-settings', { method: 'PUT', body: request }))
    .data;
}
