import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { MinPositionRequest } from '../../http/min-position.request';
import { ReadsProjections } from '../../http/reads-projections';
import { WebhookDeliveriesView } from '../webhooks.views';
import { WebhookDeliveriesQuery } from './webhook-deliveries.query';

const STATUSES = ['pending', 'delivered', 'failed'] as const;

class WebhookDeliveriesRequest extends MinPositionRequest {
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: string;
}

@ApiTags('webhooks')
@ReadsProjections('webhook-endpoints', 'webhook-deliveries')
@Controller('api/webhook-endpoints')
export class WebhookDeliveriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':endpointId/deliveries')
  @Authenticated('organizer')
  @ApiOkResponse({
    type: WebhookDeliveriesView,
    description: 'The endpoint’s delivery log, newest first (100 at most): each notification, its status and attempts',
  })
  @ApiProblems({ 404: 'No such endpoint of yours' })
  list(
    @CurrentActor() actor: Actor,
    @Param('endpointId', new ParseUUIDPipe()) endpointId: string,
    @Query() request: WebhookDeliveriesRequest,
  ) {
    return this.queries.execute(
      new WebhookDeliveriesQuery({
        organizerId: actor.userId,
        endpointId: endpointId.toLowerCase(),
        ...(request.status ? { status: request.status } : {}),
      }),
    );
  }
}
