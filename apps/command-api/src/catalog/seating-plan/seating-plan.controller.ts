import { Body, Controller, Delete, Param, ParseUUIDPipe, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { SeatingPlan } from '@booking/domain';
import { Authenticated, BodyLimit } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { ClearSeatingPlanCommand, SetSeatingPlanCommand } from './seating-plan.command';
import { SeatingPlanRequest } from './seating-plan.request';
import { EventStatusAnswer, SeatingPlanAnswer } from '../catalog.answers';

/** The venue layout of an event: sections, rows and seats; versioned, and kept for buyers once on sale. */
@ApiTags('catalog')
@Controller('api/events/:eventId/seating-plan')
export class SeatingPlanController {
  constructor(private readonly commands: CommandBus) {}

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
    const { revision, position, ...result } = await this.commands.execute(
      new SetSeatingPlanCommand({ data: { eventId, plan: body as unknown as SeatingPlan }, context }),
    );
    void reply.header('etag', `"${revision}"`);
    return withPosition(reply, position, { eventId, ...result });
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
    const { revision, position, status } = await this.commands.execute(
      new ClearSeatingPlanCommand({ data: { eventId }, context }),
    );
    void reply.header('etag', `"${revision}"`);
    return withPosition(reply, position, { eventId, status });
  }
}
