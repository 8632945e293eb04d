/** One currency's figures over a range or a day. Amounts are integer minor units. */
export type SalesFigures = {
  currency: string;
  /** Tickets sold (paid confirmations). */
  sales: number;
  /** Refunds decided on tickets. */
  refunds: number;
  /** sales − refunds. */
  net: number;
  /** Paid orders. */
  orders: number;
  /** sales / orders, rounded (0 without orders). */
  averageOrder: number;
  /** refunds / sales, 0..1 (0 without sales). */
  refundRate: number;
};

export type DayFigures = SalesFigures & { day: string };
export type EventFigures = SalesFigures & { eventId: string; title?: string };
export type OrganizerFigures = SalesFigures & { organizerId: string; organizerName?: string };

/** Gross payments taken through one payment provider (e.g. 'test-mode'). */
export type MethodFigures = { method: string; currency: string; amount: number; payments: number };

export type DeclineReason = { reason: string; count: number };
export type PaymentOutcomes = { succeeded: number; failed: number; declineRate: number; reasons: DeclineReason[] };

/** `GET /api/finance/analytics` and `GET /api/organizer/analytics`. */
export type AnalyticsView = {
  /** The range, inclusive UTC days (YYYY-MM-DD). */
  from: string;
  to: string;
  /** One per currency. */
  totals: SalesFigures[];
  /** Every day of the range for each currency in totals, in day order. */
  byDay: DayFigures[];
  /** Net, highest first. */
  byEvent: EventFigures[];
  /** The finance view only ([] for an organizer). */
  byOrganizer: OrganizerFigures[];
  byMethod: MethodFigures[];
  /** The finance view only. */
  payments?: PaymentOutcomes;
};
