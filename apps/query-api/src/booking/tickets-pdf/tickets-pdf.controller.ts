import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { MinPositionRequest } from '../../http/min-position.request';
import { ReadsProjections } from '../../http/reads-projections';
import { TicketsPdfQuery } from './tickets-pdf.query';
import { asAttachment } from '../../http/attachment';

@ApiTags('booking')
@ReadsProjections('bookings', 'catalog-events')
@Controller('api/bookings')
export class TicketsPdfController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':bookingId/tickets.pdf')
  @Authenticated()
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The tickets, one page each, as an attachment',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems({ 404: 'No such booking, or not yours', 409: 'The booking is not confirmed (booking.not-confirmed)' })
  async get(
    @Param('bookingId', new ParseUUIDPipe()) bookingId: string,
    @CurrentActor() viewer: Actor,
    @Query() _request: MinPositionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { pdf, filename } = await this.queries.execute(new TicketsPdfQuery({ bookingId, viewer }));
    asAttachment(reply, 'application/pdf', filename);
    return pdf;
  }
}
