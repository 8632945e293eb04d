import { Controller, Delete, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { WaitlistLeftAnswer } from '../inventory.answers';
import { LeaveWaitlistCommand } from './leave-waitlist.command';

@ApiTags('inventory')
@Controller('api/events')
export class LeaveWaitlistController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':eventId/waitlist/:entryId')
  @Authenticated()
  @ApiOkResponse({ type: WaitlistLeftAnswer, description: 'Off the waitlist' })
  @ApiNotFoundResponse({ description: 'No waiting entry of yours (or of your event) with that id' })
  async leave(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @Param('entryId', new ParseUUIDPipe()) entryId: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position } = await this.commands.execute(new LeaveWaitlistCommand({ data: { eventId, entryId }, context }));
    return withPosition(reply, position, { entryId });
  }
}
