import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { ICS_CONTENT_TYPE } from '@booking/tickets';
import { MinPositionRequest } from '../../http/min-position.request';
import { ReadsProjections } from '../../http/reads-projections';
import { BookingCalendarQuery } from './booking-calendar.query';
import { asAttachment } from '../../http/attachment';

@ApiTags('booking')
@ReadsProjections('bookings', 'catalog-events')
@Controller('api/bookings')
export class BookingCalendarController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':bookingId/calendar.ics')
  @Authenticated()
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: 'The event as an iCalendar file (RFC 5545), as an attachment',
    content: { 'text/calendar': { schema: { type: 'string' } } },
  })
  @ApiProblems({ 404: 'No such booking, or not yours', 409: 'The booking is not confirmed (booking.not-confirmed)' })
  async get(
    @Param('bookingId', new ParseUUIDPipe()) bookingId: string,
    @CurrentActor() viewer: Actor,
    @Query() _request: MinPositionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { ics, filename } = await this.queries.execute(new BookingCalendarQuery({ bookingId, viewer }));
    asAttachment(reply, ICS_CONTENT_TYPE, filename);
    return ics;
  }
}
