import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { InvoicePageRequest } from '../invoices.request';
import { InvoicePageView } from '../invoices.views';
import { OrganizerInvoicesQuery } from './organizer-invoices.query';

@ApiTags('invoicing')
@ReadsProjections('invoices')
@Controller('api/organizer')
export class OrganizerInvoicesController {
  constructor(private readonly queries: QueryBus) {}

  @Get('invoices')
  @Authenticated('organizer')
  @ApiOkResponse({
    type: InvoicePageView,
    description: "The invoices and credit notes of the caller's events, 50 a page",
  })
  @ApiProblems(403)
  list(@CurrentActor() viewer: Actor, @Query() request: InvoicePageRequest) {
    return this.queries.execute(
      new OrganizerInvoicesQuery({ viewer, page: request.page ?? 1, ...(request.year ? { year: request.year } : {}) }),
    );
  }
}
