import { Body, Controller, Param, ParseUUIDPipe, Patch, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CommandBus } from '@nestjs/cqrs';
import { Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { EventDetailsRequest } from '../event-details.request';
import { EventEditedAnswer } from '../catalog.answers';
import { EditEventCommand } from './edit-event.command';

/** Edits are events: an approved event goes back to draft for review; a published one may move (holders are told). */
@ApiTags('catalog')
@Controller('api/events/:eventId')
export class EditEventController {
  constructor(private readonly commands: CommandBus) {}

  @Patch()
  @Authenticated('organizer', 'admin')
  @ApiOkResponse({ type: EventEditedAnswer })
  @ApiConflictResponse({
    description: 'Submitted, cancelled or completed events cannot be edited; If-Match mismatch is 412',
  })
  async edit(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @Body() body: EventDetailsRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, revision, ...result } = await this.commands.execute(
      new EditEventCommand({ data: { eventId, changes: body }, context }),
    );
    void reply.header('etag', `"${revision}"`);
    return withPosition(reply, position, { eventId, ...result });
  }
}
