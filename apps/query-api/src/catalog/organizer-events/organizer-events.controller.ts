import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import type { Actor } from '@booking/domain';
import { Authenticated, CurrentActor } from '@booking/platform';
import type { CatalogEventDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { eventSummary } from '../event-views';
import { ReadsProjections } from '../../http/reads-projections';
import { AdminEventsView, OrganizerEventsView } from '../catalog.views';

const STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'published', 'cancelled', 'completed'];

export class AdminEventsParams {
  @ApiPropertyOptional({ enum: STATUSES, default: 'submitted' }) @IsOptional() @IsIn(STATUSES) status?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() minPosition?: string;
}
export class OrganizerEventsParams {
  @ApiPropertyOptional() @IsOptional() @IsString() minPosition?: string;
}

@ApiTags('catalog')
@ReadsProjections('catalog-events')
@Controller('api')
export class OrganizerEventsController {
  constructor(private readonly readModels: ReadModels) {}

  /** The caller's own events in every status, newest first. */
  @Get('organizer/events')
  @Authenticated('organizer', 'admin')
  @ApiOkResponse({ type: OrganizerEventsView })
  async mine(@CurrentActor() actor: Actor, @Query() _params: OrganizerEventsParams) {
    const events = await this.readModels.collection<CatalogEventDoc>('catalog-events');
    const items = await events.find({ organizerId: actor.userId }, { sort: { createdAt: -1, _id: 1 }, limit: 500 });
    return {
      items: items.map((doc) => ({
        ...eventSummary(doc),
        ...(doc.rejectionReason ? { rejectionReason: doc.rejectionReason } : {}),
      })),
    };
  }

  /** The approval queue (or any status), oldest submission first. */
  @Get('admin/events')
  @Authenticated('admin')
  @ApiOkResponse({ type: AdminEventsView })
  async byStatus(@Query() params: AdminEventsParams) {
    const events = await this.readModels.collection<CatalogEventDoc>('catalog-events');
    const items = await events.find(
      { status: params.status ?? 'submitted' },
      { sort: { submittedAt: 1, createdAt: 1, _id: 1 }, limit: 500 },
    );
    return {
      items: items.map((doc) => ({ ...eventSummary(doc), organizerId: doc.organizerId, submittedAt: doc.submittedAt })),
    };
  }
}
