import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '@booking/platform';
import { MinPositionRequest } from '../../http/min-position.request';
import { ReadsProjections } from '../../http/reads-projections';
import { ApprovalChangesView } from '../catalog.views';
import { ApprovalChangesQuery } from './approval-changes.query';

@ApiTags('catalog')
@ReadsProjections('approval-changes')
@Controller('api/admin/events')
export class ApprovalChangesController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':eventId/changes')
  @Authenticated('admin')
  @ApiOkResponse({ type: ApprovalChangesView, description: 'What changed since the last approved version' })
  @ApiNotFoundResponse({ description: 'Unknown event' })
  changes(@Param('eventId', new ParseUUIDPipe()) eventId: string, @Query() _request: MinPositionRequest) {
    return this.queries.execute(new ApprovalChangesQuery({ eventId }));
  }
}
