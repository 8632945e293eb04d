import { Query } from '@nestjs/cqrs';
import type { MoneyHistoryView } from '../ledger.views';

/** Exactly one of the three: the booking, or the payment or refund whose booking it is. */
export type HistorySubject = Readonly<{ bookingId: string } | { paymentId: string } | { refundId: string }>;

export class MoneyHistoryQuery extends Query<MoneyHistoryView> {
  /** Every event behind a booking's money, from the log, in log order (finance and admins). */
  constructor(readonly args: Readonly<{ subject: HistorySubject }>) {
    super();
  }
}
