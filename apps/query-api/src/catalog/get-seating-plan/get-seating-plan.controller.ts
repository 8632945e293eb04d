import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@booking/domain';
import { OptionalAuthentication } from '../../http/optional-auth.guard';
import { ReadsProjections } from '../../http/reads-projections';
import { SeatingPlanView } from '../catalog.views';
import { GetSeatingPlanQuery } from './get-seating-plan.query';

@ApiTags('catalog')
@ReadsProjections('catalog-events', 'seating-plans')
@Controller('api/events')
export class GetSeatingPlanController {
  constructor(private readonly queries: QueryBus) {}

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
    const { plan, revision } = await this.queries.execute(new GetSeatingPlanQuery({ eventId, viewer: request.user }));
    if (revision !== undefined) void reply.header('etag', `"${revision}"`);
    return plan;
  }
}
