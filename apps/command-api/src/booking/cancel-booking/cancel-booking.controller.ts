import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { CancellationAnswer } from '../booking.answers';
import { CancelBookingCommand } from './cancel-booking.command';
import { CancelBookingRequest } from './cancel-booking.request';

@ApiTags('booking')
@Controller('api/bookings')
export class CancelBookingController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':bookingId/cancellation')
  @HttpCode(200)
  @Authenticated()
  @ApiOkResponse({
    type: CancellationAnswer,
    description:
      'Cancelled (the whole booking, or the tickets named): the places are back on sale, and a refund is requested when money was paid',
  })
  @ApiProblems({
    404: "No such booking of yours (the buyer's, the event organizer's or an admin's)",
    409: 'Outside the refund policy (booking.cancellation-closed), the booking has ended, or a ticket is already cancelled',
    422: 'A ticket the booking does not have',
  })
  async cancel(
    @Param('bookingId', new ParseUUIDPipe()) bookingId: string,
    @Body() body: CancelBookingRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new CancelBookingCommand({
        data: {
          bookingId: bookingId.toLowerCase(),
          ...(body.reason !== undefined ? { reason: body.reason } : {}),
          ...(body.ticketIds !== undefined ? { ticketIds: body.ticketIds.map((id) => id.toLowerCase()) } : {}),
        },
        context,
      }),
    );
    return withPosition(reply, position, result);
  }
}
