import type { EventStatus, RefundPolicy } from './catalog.types';

/** Words (never colour alone) for each lifecycle state, and a colour to go with them. */
export const STATUS_LABELS: Record<EventStatus, string> = {
  draft: 'Draft',
  submitted: 'Awaiting approval',
  approved: 'Approved',
  rejected: 'Rejected',
  published: 'Published',
  cancelled: 'Cancelled',
  completed: 'Completed',
};

export const STATUS_COLORS: Record<EventStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  approved: 'teal',
  rejected: 'red',
  published: 'green',
  cancelled: 'orange',
  completed: 'violet',
};

export const REFUND_POLICY_LABELS: Record<RefundPolicy, string> = {
  'no-refunds': 'No refunds',
  'until-24h-before': 'Refunds until 24 hours before the event',
  'until-7d-before': 'Refunds until 7 days before the event',
  'any-time': 'Refunds at any time before the event',
  'partial-by-date': 'Full refund until 7 days before, half until 24 hours before',
};

export const statusLabel = (status: string) => STATUS_LABELS[status as EventStatus] ?? status;
export const refundPolicyLabel = (policy: string) => REFUND_POLICY_LABELS[policy as RefundPolicy] ?? policy;
