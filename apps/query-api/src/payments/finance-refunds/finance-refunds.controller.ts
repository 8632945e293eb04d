import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authenticated } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { FinanceRefundsRequest } from '../refunds.request';
import { FinanceRefundPageView } from '../refunds.views';
import { FinanceRefundsQuery } from './finance-refunds.query';

@ApiTags('payments')
@ReadsProjections('refunds')
@Controller('api/finance')
export class FinanceRefundsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('refunds')
  @Authenticated('finance', 'admin')
  @ApiOkResponse({
    type: FinanceRefundPageView,
    description: 'Every refund with its status and provider reference (failed ones: what to do), 50 a page',
  })
  @ApiProblems(403)
  list(@Query() request: FinanceRefundsRequest) {
    return this.queries.execute(
      new FinanceRefundsQuery({ page: request.page ?? 1, ...(request.status ? { status: request.status } : {}) }),
    );
  }
}
