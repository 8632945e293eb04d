import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authenticated } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { FinanceReportRequest, daysAsked } from '../analytics.request';
import { AnalyticsView } from '../analytics.views';
import { FinanceAnalyticsQuery } from './finance-analytics.query';

@ApiTags('analytics')
@ReadsProjections('ledger', 'catalog-events', 'accounts', 'payment-attempts')
@Controller('api/finance')
export class FinanceAnalyticsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('analytics')
  @Authenticated('finance', 'admin', 'analyst')
  @ApiOkResponse({
    type: AnalyticsView,
    description:
      'Revenue over a range of days (default the last 30): ticket sales, refunds, net, orders, average order and refund rate per currency, by day, event, organizer and payment method, and the decline rate with its reasons',
  })
  @ApiProblems(403, { 400: 'A date that is not a real date', 422: 'from after to, or more than 366 days' })
  report(@Query() request: FinanceReportRequest) {
    return this.queries.execute(
      new FinanceAnalyticsQuery({
        days: daysAsked(request),
        ...(request.organizerId ? { organizerId: request.organizerId } : {}),
      }),
    );
  }
}
