import type { RefundStatus } from './finance-refunds.types';

/** Each refund state, for finance: the badge and its colour. */
export const REFUND_STATUS_LABELS: Record<RefundStatus, { label: string; color: string }> = {
  requested: { label: 'Requested', color: 'gray' },
  sent: { label: 'Sent', color: 'blue' },
  succeeded: { label: 'Succeeded', color: 'green' },
  failed: { label: 'Failed', color: 'red' },
  manual: { label: 'Refunded manually', color: 'grape' },
};

/** The status filter's options: every state, and all of them. */
export const STATUS_OPTIONS = [
  { value: '', label: 'All' },
  ...Object.entries(REFUND_STATUS_LABELS).map(([value, { label }]) => ({ value, label })),
];

/** The manual note as typed: trimmed, and whether it can be sent (the API wants 1–1000 characters). */
export function manualNote(text: string): { note: string; ok: boolean } {
  const note = text.trim();
  return { note, ok: note.length > 0 && note.length <= 1000 };
}
