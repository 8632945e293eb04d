import { Body, Controller, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { CheckInAnswer } from '../checkin.answers';
import { CheckInTicketCommand } from './check-in-ticket.command';
import { CheckInTicketRequest } from './check-in-ticket.request';

@ApiTags('check-in')
@Controller('api/events')
export class CheckInTicketController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':eventId/check-ins')
  @Authenticated('organizer', 'admin', 'ops')
  @ApiCreatedResponse({
    type: CheckInAnswer,
    description: 'admitted (first use) or already-used (refuse; firstUse says when and where)',
  })
  @ApiProblems(403, {
    404: 'No such event, or not yours; or no such ticket',
    409: 'The ticket was revoked (its booking ended)',
    422: 'Not a valid ticket code of this event (forged, garbled, or another event’s), or a nonce used for another ticket',
  })
  async checkIn(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @Body() body: CheckInTicketRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { code, ...scan } = body;
    const { position, ...answer } = await this.commands.execute(
      new CheckInTicketCommand({
        data: { eventId: eventId.toLowerCase(), scan: { ...scan, ticket: { code }, offline: false } },
        context,
      }),
    );
    return withPosition(reply, position, answer);
  }
}
