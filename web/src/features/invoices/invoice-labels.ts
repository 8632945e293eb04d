import type { Invoice } from './invoices.types';

/** "Invoice HARB-2026-000001" or "Credit note HARB-2026-000002". */
export const documentLabel = (invoice: Pick<Invoice, 'kind' | 'number'>) =>
  `${invoice.kind === 'credit-note' ? 'Credit note' : 'Invoice'} ${invoice.number}`;

/** Basis points as a percentage: 1900 → "19 %", 750 → "7.5 %". */
export const taxRateLabel = (basisPoints: number) => `${String(basisPoints / 100)} %`;
