import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { TicketChangeAnswer } from '../booking.answers';
import { ReissueTicketCommand } from './reissue-ticket.command';
import { ReissueTicketRequest } from './reissue-ticket.request';

@ApiTags('booking')
@Controller('api/bookings')
export class ReissueTicketController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':bookingId/tickets/:ticketId/reissue')
  @HttpCode(200)
  @Authenticated()
  @ApiOkResponse({
    type: TicketChangeAnswer,
    description: 'The ticket has a new code for the same holder (the old one no longer admits); it is mailed to them',
  })
  @ApiProblems({
    404: "No such booking of yours (the buyer's, the event organizer's or an admin's), or no such ticket in it",
    409: 'The ticket is cancelled or used, the booking is not confirmed, or the event has ended (booking.reissue-closed)',
  })
  async reissue(
    @Param('bookingId', new ParseUUIDPipe()) bookingId: string,
    @Param('ticketId', new ParseUUIDPipe()) ticketId: string,
    @Body() body: ReissueTicketRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new ReissueTicketCommand({
        data: {
          bookingId: bookingId.toLowerCase(),
          ticketId: ticketId.toLowerCase(),
          ...(body.reason !== undefined ? { reason: body.reason } : {}),
        },
        context,
      }),
    );
    return withPosition(reply, position, result);
  }
}
