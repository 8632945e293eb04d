import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { MinPositionRequest } from '../../http/min-position.request';
import { ReadsProjections } from '../../http/reads-projections';
import { InvoiceSettingsView } from '../invoices.views';
import { InvoiceSettingsQuery } from './invoice-settings.query';

@ApiTags('invoicing')
@ReadsProjections('invoice-settings')
@Controller('api/organizer')
export class InvoiceSettingsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('invoice-settings')
  @Authenticated('organizer')
  @ApiOkResponse({ type: InvoiceSettingsView, description: "The caller's invoice settings (defaults until saved)" })
  @ApiProblems(403)
  get(@CurrentActor() viewer: Actor, @Query() _request: MinPositionRequest) {
    return this.queries.execute(new InvoiceSettingsQuery({ viewer }));
  }
}
