import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { BatchCheckInAnswer } from '../checkin.answers';
import { CheckInBatchCommand } from './check-in-batch.command';
import { CheckInBatchRequest } from './check-in-batch.request';

@ApiTags('check-in')
@Controller('api/events')
export class CheckInBatchController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':eventId/check-ins/batch')
  @HttpCode(200)
  @Authenticated('organizer', 'admin', 'ops')
  @ApiOkResponse({
    type: BatchCheckInAnswer,
    description: "An offline scanner's scans, each decided: admitted, double-use (recorded), or refused",
  })
  @ApiProblems(403, { 404: 'No such event, or not yours' })
  async upload(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @Body() body: CheckInBatchRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const scans = body.scans.map(({ code, ...scan }) => ({ ...scan, ticket: { code }, offline: true }));
    const { position, ...result } = await this.commands.execute(
      new CheckInBatchCommand({ data: { eventId: eventId.toLowerCase(), scans }, context }),
    );
    return withPosition(reply, position, result);
  }
}
