import { Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { PublishEventCommand } from './publish-event.command';
import { EventAnswer } from '../catalog.answers';

@ApiTags('catalog')
@Controller('api/events')
export class PublishEventController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':eventId/publish')
  @HttpCode(200)
  @Authenticated('organizer', 'admin')
  @ApiOkResponse({ type: EventAnswer, description: 'Published and on sale' })
  @ApiConflictResponse({ description: 'Already published, or already started' })
  async publish(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.commands.execute(new PublishEventCommand({ data: { eventId }, context }));
    return withPosition(reply, result.position, { eventId });
  }
}
