import { Controller, Delete, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { ReleaseHoldCommand, type ReleaseHoldResult } from './release-hold.command';

@ApiTags('inventory')
@Controller('api/events')
export class ReleaseHoldController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':eventId/holds/:holdId')
  @Authenticated()
  @ApiOkResponse({ description: 'Hold released: { holdId, position }' })
  @ApiNotFoundResponse({ description: 'No such active hold of yours' })
  async release(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @Param('holdId', new ParseUUIDPipe()) holdId: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.commands.execute<ReleaseHoldCommand, ReleaseHoldResult>(
      new ReleaseHoldCommand(eventId, holdId, context),
    );
    return withPosition(reply, result.position, { holdId });
  }
}
