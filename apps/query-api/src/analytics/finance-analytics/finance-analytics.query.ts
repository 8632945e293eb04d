import { Query } from '@nestjs/cqrs';
import type { AnalyticsView } from '../analytics.views';
import type { DaysAsked } from '../analytics.request';

export class FinanceAnalyticsQuery extends Query<AnalyticsView> {
  /** Sales, refunds, payment methods and declines over the range: every organizer's, or one's. */
  constructor(readonly args: Readonly<{ days: DaysAsked; organizerId?: string }>) {
    super();
  }
}
