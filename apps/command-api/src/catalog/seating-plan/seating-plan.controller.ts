import { Body, Controller, Delete, Inject, Param, ParseUUIDPipe, Put, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CommandPipeline, OpenInventoryPolicy, catalogModel, readSold, readState } from '@booking/command-pipeline';
import { type SeatingPlan, nothingSold } from '@booking/domain';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { Authenticated, BodyLimit, CLOCK, type Clock } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { SeatingPlanRequest } from './seating-plan.request';
import { EventStatusAnswer, SeatingPlanAnswer } from '../catalog.answers';

/** The venue layout of an event: sections, rows and seats; versioned, and kept for buyers once on sale. */
@ApiTags('catalog')
@Controller('api/events/:eventId/seating-plan')
export class SeatingPlanController {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly inventory: OpenInventoryPolicy,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Put()
  @BodyLimit(2 * 1024 * 1024) // a large venue's plan with many seat exceptions outgrows the default 256 KiB
  @Authenticated('organizer', 'admin')
  @ApiOkResponse({ type: SeatingPlanAnswer })
  @ApiUnprocessableEntityResponse({ description: 'catalog.invalid-seating-plan, naming the field' })
  @ApiConflictResponse({ description: 'catalog.sold-seats-changed, catalog.plan-locked, catalog.illegal-transition' })
  async set(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @Body() body: SeatingPlanRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const now = this.clock.now();
    // What buyers hold is read here, just before the decision: the decider itself stays pure.
    const catalog = await readState(this.store, catalogModel, eventId);
    const sold = catalog.status === 'none' ? nothingSold() : await readSold(this.store, catalog, now);
    const outcome = await this.pipeline.execute(
      catalogModel,
      eventId,
      {
        type: 'SetSeatingPlan',
        data: { eventId, plan: body as unknown as SeatingPlan, sold },
      },
      context,
    );
    const state = outcome.state;
    let position = outcome.position;
    if (state.status === 'published' && outcome.events.length > 0) {
      // Re-plan the partitions now, so the answer's position covers it; the projector runs the
      // same idempotent policy from the log in case this process stops in between.
      const replanned = await this.inventory.open(eventId, outcome.eventIds[0], context.correlationId);
      if (replanned > position) position = replanned;
    }
    void reply.header('etag', `"${outcome.nextRevision}"`);
    return withPosition(reply, position, {
      eventId,
      planVersion: state.status === 'none' ? 0 : (state.seating?.planVersion ?? 0),
      capacity: state.status === 'none' ? 0 : state.capacity,
      status: state.status,
    });
  }

  @Delete()
  @Authenticated('organizer', 'admin')
  @ApiOkResponse({ type: EventStatusAnswer, description: 'Back to a plain capacity' })
  @ApiConflictResponse({ description: 'catalog.plan-locked once published' })
  async clear(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const outcome = await this.pipeline.execute(
      catalogModel,
      eventId,
      { type: 'ClearSeatingPlan', data: { eventId } },
      context,
    );
    void reply.header('etag', `"${outcome.nextRevision}"`);
    return withPosition(reply, outcome.position, { eventId, status: outcome.state.status });
  }
}
