import { Body, Controller, Inject, Param, ParseUUIDPipe, Patch, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CommandPipeline, catalogModel } from '@booking/command-pipeline';
import { allowedCategories } from '../shared/allowed-categories';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { EventDetailsRequest } from '../event-details.request';
import { sanitizeDescription } from '../rich-text';
import { EventEditedAnswer } from '../catalog.answers';

/** Edits are events: an approved event goes back to draft for review; a published one may move (holders are told). */
@ApiTags('catalog')
@Controller('api/events/:eventId')
export class EditEventController {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

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
    const changes = {
      ...body,
      ...(body.description !== undefined ? { description: sanitizeDescription(body.description) } : {}),
    };
    const outcome = await this.pipeline.execute(
      catalogModel,
      eventId,
      {
        type: 'UpdateEventDetails',
        // Only an edit that sets a category needs the list.
        data: {
          eventId,
          changes,
          allowedCategories: body.category !== undefined ? await allowedCategories(this.store) : [],
        },
      },
      context,
    );
    void reply.header('etag', `"${outcome.nextRevision}"`);
    return withPosition(reply, outcome.position, {
      eventId,
      changed: outcome.events.length > 0,
      status: outcome.state.status,
    });
  }
}
