import { MAX_GROUP_SIZE } from '@booking/inventory-rules';

/** What a group request form may send: more than the per-order limit, at most MAX_GROUP_SIZE. */
export function groupQuantityError(value: number | string, maxPerOrder: number): string | null {
  const n = typeof value === 'number' ? value : Number(value);
  if (value === '' || !Number.isInteger(n)) return 'Enter a whole number of places.';
  if (n <= maxPerOrder) return `Up to ${maxPerOrder} can be held without a request: use the form above.`;
  if (n > MAX_GROUP_SIZE) return `A group booking is for at most ${MAX_GROUP_SIZE} places.`;
  return null;
}

export const STATUS_LABELS = {
  pending: 'Waiting for the organizer',
  approved: 'Approved',
  declined: 'Declined',
  used: 'Held',
  expired: 'Approval ran out',
} as const;
