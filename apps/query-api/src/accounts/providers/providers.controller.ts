import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ReadsProjections } from '../../http/reads-projections';
import { ProvidersView } from '../accounts.views';
import { ProvidersQuery } from './providers.query';

@ApiTags('auth')
@ReadsProjections()
@Controller('api/auth/providers')
export class ProvidersController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ type: ProvidersView, description: 'Configured providers only' })
  list() {
    return this.queries.execute(new ProvidersQuery());
  }
}
