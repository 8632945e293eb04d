import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { GetAvailabilityQuery } from './get-availability.query';
import { ReadsProjections } from '../../http/reads-projections';
import { AvailabilityView } from '../../catalog/catalog.views';

@ApiTags('inventory')
@ReadsProjections('event-availability')
@Controller('api/events')
export class GetAvailabilityController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':eventId/availability')
  @ApiOkResponse({ type: AvailabilityView })
  @ApiNotFoundResponse({ description: 'Not on sale' })
  get(@Param('eventId', new ParseUUIDPipe()) eventId: string) {
    return this.queries.execute(new GetAvailabilityQuery({ eventId }));
  }
}
