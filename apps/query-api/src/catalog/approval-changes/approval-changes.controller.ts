import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { Authenticated } from '@booking/platform';
import { ApprovalChangesQuery } from './approval-changes.query';
import { ReadsProjections } from '../../http/reads-projections';
import { ApprovalChangesView } from '../catalog.views';

export class ApprovalChangesParams {
  @ApiPropertyOptional() @IsOptional() @IsString() minPosition?: string;
}

@ApiTags('catalog')
@ReadsProjections('approval-changes')
@Controller('api/admin/events')
export class ApprovalChangesController {
  constructor(private readonly queries: QueryBus) {}

  /** What a reviewer needs: the changes since the last approved version, or that this is a first review. */
  @Get(':eventId/changes')
  @Authenticated('admin')
  @ApiOkResponse({ type: ApprovalChangesView, description: 'What changed since the last approved version' })
  @ApiNotFoundResponse({ description: 'Unknown event' })
  changes(@Param('eventId', new ParseUUIDPipe()) eventId: string, @Query() _params: ApprovalChangesParams) {
    return this.queries.execute(new ApprovalChangesQuery(eventId));
  }
}
