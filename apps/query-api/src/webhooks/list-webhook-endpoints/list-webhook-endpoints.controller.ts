import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { Authenticated, CurrentActor } from '@booking/platform';
import { MinPositionRequest } from '../../http/min-position.request';
import { ReadsProjections } from '../../http/reads-projections';
import { WebhookEndpointsView } from '../webhooks.views';
import { ListWebhookEndpointsQuery } from './list-webhook-endpoints.query';

@ApiTags('webhooks')
@ReadsProjections('webhook-endpoints')
@Controller('api/webhook-endpoints')
export class ListWebhookEndpointsController {
  constructor(private readonly queries: QueryBus) {}

  /** The caller's own endpoints, whoever asks: an organizer never sees another's. */
  @Get()
  @Authenticated('organizer')
  @ApiOkResponse({ type: WebhookEndpointsView, description: 'Your webhook endpoints (without their secrets)' })
  list(@CurrentActor() actor: Actor, @Query() _request: MinPositionRequest) {
    return this.queries.execute(new ListWebhookEndpointsQuery({ organizerId: actor.userId }));
  }
}
