import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { asAttachment } from '../../http/attachment';
import { ReadsProjections } from '../../http/reads-projections';
import { OrdersFilterRequest } from '../event-orders/event-orders.request';
import { EventOrdersCsvQuery } from './event-orders-csv.query';

@ApiTags('booking')
@ReadsProjections('event-orders', 'catalog-events')
@Controller('api/events')
export class EventOrdersCsvController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':eventId/orders.csv')
  @Authenticated('organizer', 'admin')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'The matching orders as CSV (UTF-8 with BOM, CRLF), one row per ticket: booking number, status, buyer, email, attendee, seat, section, tier, price, booked at',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiProblems(403, { 404: 'No such event, or not yours' })
  async csv(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @CurrentActor() viewer: Actor,
    @Query() request: OrdersFilterRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { csv, filename } = await this.queries.execute(
      new EventOrdersCsvQuery({
        eventId,
        viewer,
        ...(request.status ? { status: request.status } : {}),
        ...(request.q ? { q: request.q } : {}),
      }),
    );
    asAttachment(reply, 'text/csv; charset=utf-8', filename);
    return csv;
  }
}
