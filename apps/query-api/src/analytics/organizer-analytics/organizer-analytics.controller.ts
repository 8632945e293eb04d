import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { ReportRangeRequest, daysAsked } from '../analytics.request';
import { AnalyticsView } from '../analytics.views';
import { OrganizerAnalyticsQuery } from './organizer-analytics.query';

@ApiTags('analytics')
@ReadsProjections('ledger', 'catalog-events')
@Controller('api/organizer')
export class OrganizerAnalyticsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('analytics')
  @Authenticated('organizer', 'admin')
  @ApiOkResponse({
    type: AnalyticsView,
    description:
      "The caller's events' revenue over a range of days (default the last 30): sales, refunds, net, orders, average order and refund rate per currency, by day, event and payment method (an admin: every event's)",
  })
  @ApiProblems(403, { 400: 'A date that is not a real date', 422: 'from after to, or more than 366 days' })
  report(@CurrentActor() viewer: Actor, @Query() request: ReportRangeRequest) {
    return this.queries.execute(new OrganizerAnalyticsQuery({ days: daysAsked(request), viewer }));
  }
}
