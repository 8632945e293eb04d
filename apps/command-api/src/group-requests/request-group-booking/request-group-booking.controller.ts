import { Body, Controller, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated, VerifiedEmailGuard } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { GroupRequestAnswer } from '../group-requests.answers';
import { RequestGroupBookingCommand } from './request-group-booking.command';
import { RequestGroupBookingRequest } from './request-group-booking.request';

@ApiTags('group-requests')
@Controller('api/events')
export class RequestGroupBookingController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':eventId/group-requests')
  @UseGuards(VerifiedEmailGuard) // runs after the JWT guard of @Authenticated (decorators apply bottom-up)
  @Authenticated()
  @ApiCreatedResponse({ type: GroupRequestAnswer, description: "The request waits for the organizer's answer" })
  @ApiProblems({
    404: 'Unknown or unpublished event (group-request.not-on-sale)',
    409: 'Fewer places left than requested (group-request.not-enough-places)',
    422: 'Within the per-order limit (group-request.within-limit), or above the most a group may be (group-request.too-large)',
  })
  async request(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @Body() body: RequestGroupBookingRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new RequestGroupBookingCommand({
        data: { eventId: eventId.toLowerCase(), quantity: body.quantity, message: body.message ?? '' },
        context,
      }),
    );
    return withPosition(reply, position, result);
  }
}
