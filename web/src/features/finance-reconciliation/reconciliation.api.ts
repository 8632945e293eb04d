import { queryOptions } from '@tanstack/react-query';
import { apiDownload, apiFetch, apiGet, saveBlob } from '../../lib/api';
import type { ReconciliationRun, ReconciliationView } from './reconciliation.types';

const path = (id: string) => `/api/finance/reconciliations/${encodeURIComponent(id)}`;

/** Fetches the provider's statement of the period and records it; the key makes a retry the same run. */
export async function runReconciliation(period: { from: string; to: string }, idempotencyKey: string) {
  return (
    await apiFetch<ReconciliationRun>('/api/finance/reconciliations', { method: 'POST', body: period, idempotencyKey })
  ).data;
}

export const reconciliationQuery = (id: string) =>
  queryOptions({
    queryKey: ['finance-reconciliation', id],
    queryFn: ({ signal }) => apiGet<ReconciliationView>(path(id), { signal }),
  });

export async function downloadDiscrepanciesCsv(view: Pick<ReconciliationView, 'reconciliationId' | 'from'>) {
  const blob = await apiDownload(`${path(view.reconciliationId)}/discrepancies.csv`, 'text/csv');
  saveBlob(blob, `reconciliation-${view.from.slice(0, 10)}-${view.reconciliationId.slice(0, 8)}.csv`);
}
