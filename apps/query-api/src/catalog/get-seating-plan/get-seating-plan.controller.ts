import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@booking/domain';
import type { SeatingPlanDoc } from '@booking/projections';
import { OptionalAuthentication } from '../../http/optional-auth.guard';
import { ReadModels } from '../../http/read-models';
import { findVisibleEvent } from '../visible-event';
import { ReadsProjections } from '../../http/reads-projections';
import { SeatingPlanView } from '../catalog.views';

@ApiTags('catalog')
@ReadsProjections('catalog-events', 'seating-plans')
@Controller('api/events')
export class GetSeatingPlanController {
  constructor(private readonly readModels: ReadModels) {}

  @Get(':eventId/seating-plan')
  @OptionalAuthentication()
  @ApiOkResponse({
    type: SeatingPlanView,
    description: "ETag: the event's revision, to send as If-Match with the next PUT",
  })
  @ApiNotFoundResponse({ description: 'Unknown event, one you may not see, or one without a seating plan' })
  async get(
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @Req() request: { user?: Actor },
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const event = await findVisibleEvent(this.readModels, eventId, request.user);
    const plans = await this.readModels.collection<SeatingPlanDoc>('seating-plans');
    const doc = await plans.findOne({ _id: eventId });
    if (!doc) throw new NotFoundException(`Event ${eventId} has no seating plan`);
    if (event.revision !== undefined) void reply.header('etag', `"${event.revision}"`);
    return {
      eventId,
      planVersion: doc.planVersion,
      capacity: doc.capacity,
      plan: doc.plan,
      priceTiers: event.priceTiers ?? [],
      position: String(doc._position),
    };
  }
}
