import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { MeView } from '../accounts.views';
import { MeQuery } from './me.query';

@ApiTags('accounts')
@ReadsProjections('accounts')
@Controller('api/me')
export class MeController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: MeView })
  @ApiProblems({ 404: 'No account behind this token' })
  me(@CurrentActor() actor: Actor) {
    return this.queries.execute(new MeQuery({ userId: actor.userId }));
  }
}
