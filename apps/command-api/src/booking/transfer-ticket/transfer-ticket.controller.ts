import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { TicketChangeAnswer } from '../booking.answers';
import { TransferTicketCommand } from './transfer-ticket.command';
import { TransferTicketRequest } from './transfer-ticket.request';

@ApiTags('booking')
@Controller('api/bookings')
export class TransferTicketController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':bookingId/tickets/:ticketId/transfer')
  @HttpCode(200)
  @Authenticated()
  @ApiOkResponse({
    type: TicketChangeAnswer,
    description:
      'The ticket belongs to the new holder with a new code (the old one no longer admits); it is mailed to them',
  })
  @ApiProblems({
    400: 'No valid name or e-mail address',
    403: "The event's organizer or an admin: only the buyer may give a ticket away (booking.transfer-forbidden)",
    404: 'No such booking of yours, or no such ticket in it',
    409: 'The ticket is cancelled or used, the booking is not confirmed, the event has started, or the ticket already has this address (booking.same-holder)',
    422: "The domain's refusal of the name or address",
  })
  async transfer(
    @Param('bookingId', new ParseUUIDPipe()) bookingId: string,
    @Param('ticketId', new ParseUUIDPipe()) ticketId: string,
    @Body() body: TransferTicketRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new TransferTicketCommand({
        data: {
          bookingId: bookingId.toLowerCase(),
          ticketId: ticketId.toLowerCase(),
          name: body.name,
          email: body.email,
        },
        context,
      }),
    );
    return withPosition(reply, position, result);
  }
}
