import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authenticated } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { FinanceInvoicesRequest } from '../invoices.request';
import { InvoicePageView } from '../invoices.views';
import { FinanceInvoicesQuery } from './finance-invoices.query';

@ApiTags('invoicing')
@ReadsProjections('invoices')
@Controller('api/finance')
export class FinanceInvoicesController {
  constructor(private readonly queries: QueryBus) {}

  @Get('invoices')
  @Authenticated('finance', 'admin')
  @ApiOkResponse({ type: InvoicePageView, description: 'Every invoice and credit note, newest first, 50 a page' })
  @ApiProblems(403)
  list(@Query() request: FinanceInvoicesRequest) {
    return this.queries.execute(
      new FinanceInvoicesQuery({
        page: request.page ?? 1,
        ...(request.organizerId ? { organizerId: request.organizerId } : {}),
        ...(request.series ? { series: request.series } : {}),
        ...(request.year ? { year: request.year } : {}),
      }),
    );
  }
}
