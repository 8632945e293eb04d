import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { MinPositionRequest } from '../../http/min-position.request';
import { ReadsProjections } from '../../http/reads-projections';
import { InvoiceListView } from '../invoices.views';
import { BookingInvoicesQuery } from './booking-invoices.query';

@ApiTags('invoicing')
@ReadsProjections('invoices', 'bookings', 'catalog-events')
@Controller('api/bookings')
export class BookingInvoicesController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':bookingId/invoices')
  @Authenticated()
  @ApiOkResponse({ type: InvoiceListView, description: "The booking's invoice and credit notes, oldest first" })
  @ApiProblems({ 404: 'No such booking, or not yours' })
  list(
    @Param('bookingId', new ParseUUIDPipe()) bookingId: string,
    @CurrentActor() viewer: Actor,
    @Query() _request: MinPositionRequest,
  ) {
    return this.queries.execute(new BookingInvoicesQuery({ bookingId, viewer }));
  }
}
