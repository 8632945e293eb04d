import type { DiscrepancyKind } from './reconciliation.types';

export const KIND_LABELS: Record<DiscrepancyKind, string> = {
  'missing-at-provider': 'In the ledger, not at the provider',
  'missing-in-ledger': 'At the provider, not in the ledger',
  'not-ours': 'At the provider, made outside the platform',
  'amount-differs': 'Amounts differ',
  'status-differs': 'The provider did not complete it',
};

/** What finance does about each kind: where to look next. */
export const KIND_ACTIONS: Record<DiscrepancyKind, string> = {
  'missing-at-provider': 'Check the payment in the provider’s dashboard; if it never happened, contact engineering.',
  'missing-in-ledger':
    'The provider took money the platform never booked (a lost webhook?): open the booking’s history and replay the provider’s event.',
  'not-ours': 'Someone moved money in the provider’s dashboard: find out who, and book it by hand.',
  'amount-differs': 'Compare both amounts with the booking’s invoice.',
  'status-differs': 'The refund did not reach the buyer: resolve it from Refunds.',
};

/** The default period: the last 30 days up to now, as `datetime-local` values in the browser's zone. */
export function defaultPeriod(now: Date): { from: string; to: string } {
  const from = new Date(now.getTime() - 30 * 86_400_000);
  return { from: toLocal(from), to: toLocal(now) };
}

const pad = (n: number) => String(n).padStart(2, '0');
const toLocal = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;

/** A `datetime-local` period as the API takes it, or which field is wrong (the API checks again). */
export function parsePeriod(
  from: string,
  to: string,
): { period: { from: string; to: string } } | { errors: { from?: string; to?: string } } {
  const start = new Date(from);
  const end = new Date(to);
  const errors: { from?: string; to?: string } = {};
  if (!from || Number.isNaN(start.getTime())) errors.from = 'Enter a date and time';
  if (!to || Number.isNaN(end.getTime())) errors.to = 'Enter a date and time';
  if (!errors.from && !errors.to && start >= end) errors.to = 'The period must end after it starts';
  if (!errors.from && !errors.to && end.getTime() - start.getTime() > 93 * 86_400_000)
    errors.to = 'A reconciliation covers at most 93 days';
  if (errors.from || errors.to) return { errors };
  return { period: { from: start.toISOString(), to: end.toISOString() } };
}
