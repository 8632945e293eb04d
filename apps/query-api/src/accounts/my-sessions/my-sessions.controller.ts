import { Controller, Get, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, Authenticated } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { SessionsView } from '../accounts.views';
import { MySessionsQuery } from './my-sessions.query';

@ApiTags('accounts')
@ReadsProjections('accounts', 'sessions')
@Controller('api/me/sessions')
export class MySessionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: SessionsView, description: 'Active sessions only' })
  list(@Req() request: { user: AuthenticatedActor }) {
    return this.queries.execute(new MySessionsQuery({ viewer: request.user }));
  }
}
