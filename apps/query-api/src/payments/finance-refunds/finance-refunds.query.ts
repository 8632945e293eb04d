import { Query } from '@nestjs/cqrs';
import type { RefundStatus } from '@booking/domain';
import type { FinanceRefundPageView } from '../refunds.views';

export class FinanceRefundsQuery extends Query<FinanceRefundPageView> {
  /** Every refund (finance and admins), newest request first, optionally in one state. */
  constructor(readonly args: Readonly<{ page: number; status?: RefundStatus }>) {
    super();
  }
}
