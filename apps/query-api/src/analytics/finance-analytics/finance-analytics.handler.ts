import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@booking/platform';
import { ReadModels } from '../../http/read-models';
import { LedgerJournal } from '../../ledger/ledger-journal';
import { analyticsOf } from '../analytics-sources';
import { rangeOf } from '../analytics.request';
import type { AnalyticsView } from '../analytics.views';
import { FinanceAnalyticsQuery } from './finance-analytics.query';

@QueryHandler(FinanceAnalyticsQuery)
export class FinanceAnalyticsHandler implements IQueryHandler<FinanceAnalyticsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly journal: LedgerJournal,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ args: { days, organizerId } }: FinanceAnalyticsQuery): Promise<AnalyticsView> {
    return analyticsOf(this.readModels, this.journal, rangeOf(days, this.clock.now()), {
      finance: true,
      ...(organizerId ? { organizerId } : {}),
    });
  }
}
