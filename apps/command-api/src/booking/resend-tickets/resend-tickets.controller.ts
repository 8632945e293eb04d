import { Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { TicketsResendAnswer } from '../booking.answers';
import { ResendTicketsCommand } from './resend-tickets.command';

@ApiTags('booking')
@Controller('api/bookings')
export class ResendTicketsController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':bookingId/tickets/resend')
  @HttpCode(202)
  @Authenticated()
  @ApiAcceptedResponse({
    type: TicketsResendAnswer,
    description:
      'The tickets will be mailed to the buyer again; a second request within a minute is accepted and sends nothing (queued: false)',
  })
  @ApiProblems({
    404: 'No such booking, or not yours (the buyer, the event organizer and admins may ask)',
    409: 'The booking is not confirmed: it has no tickets (booking.not-confirmed)',
  })
  async resend(
    @Param('bookingId', new ParseUUIDPipe()) bookingId: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new ResendTicketsCommand({ data: { bookingId: bookingId.toLowerCase() }, context }),
    );
    return withPosition(reply, position, result);
  }
}
