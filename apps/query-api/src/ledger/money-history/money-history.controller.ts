import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authenticated } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { MoneyHistoryRequest } from '../ledger.request';
import { MoneyHistoryView } from '../ledger.views';
import { type HistorySubject, MoneyHistoryQuery } from './money-history.query';

@ApiTags('ledger')
@ReadsProjections('refunds')
@Controller('api/finance')
export class MoneyHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get('history')
  @Authenticated('finance', 'admin')
  @ApiOkResponse({
    type: MoneyHistoryView,
    description:
      "Every recorded event behind a booking's money (the booking, its payments, refunds and invoice documents), read from the log in log order, with actor, time, correlation and causation; named by the booking, or by one of its payments or refunds",
  })
  @ApiProblems(403, {
    400: 'Not exactly one of bookingId, paymentId, refundId',
    404: 'No such booking, payment or refund',
  })
  history(@Query() request: MoneyHistoryRequest) {
    const given = [request.bookingId, request.paymentId, request.refundId].filter((id) => id !== undefined);
    if (given.length !== 1) throw new BadRequestException('Give exactly one of bookingId, paymentId and refundId');
    const subject: HistorySubject = request.bookingId
      ? { bookingId: request.bookingId }
      : request.paymentId
        ? { paymentId: request.paymentId }
        : { refundId: request.refundId! };
    return this.queries.execute(new MoneyHistoryQuery({ subject }));
  }
}
