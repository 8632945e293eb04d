import type { Money } from '../../lib/money';

export const REFUND_STATUSES = ['requested', 'sent', 'succeeded', 'failed', 'manual'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

/** `GET /api/finance/refunds`: one refund as finance sees it. */
export type FinanceRefund = {
  refundId: string;
  bookingId: string;
  paymentId: string;
  amount: Money;
  reason: string;
  status: RefundStatus;
  requestedAt: string;
  updatedAt: string;
  provider?: string;
  providerReference?: string;
  intentId?: string;
  failureReason?: string;
  /** A failed refund: what to do about it. */
  action?: string;
  manualNote?: string;
  resolvedBy?: string;
};

export type FinanceRefundPage = { items: FinanceRefund[]; total: number; page: number; pageSize: number };
