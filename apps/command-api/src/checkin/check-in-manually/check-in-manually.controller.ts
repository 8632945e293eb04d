import { Body, Controller, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { CheckInAnswer } from '../checkin.answers';
import { CheckInManuallyCommand } from './check-in-manually.command';
import { CheckInManuallyRequest } from './check-in-manually.request';

@ApiTags('check-in')
@Controller('api/events')
export class CheckInManuallyController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':eventId/check-ins/manual')
  @Authenticated('organizer', 'admin', 'ops')
  @ApiCreatedResponse({ type: CheckInAnswer, description: 'admitted (first use) or already-used (refuse)' })
  @ApiProblems(403, {
    404: 'No such event, or not yours; or no such ticket of this event',
    409: 'The ticket was revoked (its booking ended)',
    422: 'A nonce used for another ticket',
  })
  async checkIn(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @Body() body: CheckInManuallyRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { ticketId, ...scan } = body;
    const { position, ...answer } = await this.commands.execute(
      new CheckInManuallyCommand({
        data: { eventId: eventId.toLowerCase(), scan: { ...scan, ticket: { ticketId }, offline: false } },
        context,
      }),
    );
    return withPosition(reply, position, answer);
  }
}
