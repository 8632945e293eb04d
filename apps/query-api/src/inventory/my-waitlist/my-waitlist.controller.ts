import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { Authenticated, CurrentActor } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { MyWaitlistView } from '../waitlist.views';
import { MyWaitlistQuery } from './my-waitlist.query';
import { MyWaitlistRequest } from './my-waitlist.request';

@ApiTags('inventory')
@ReadsProjections('waitlist', 'catalog-events')
@Controller('api/me')
export class MyWaitlistController {
  constructor(private readonly queries: QueryBus) {}

  @Get('waitlist')
  @Authenticated()
  @ApiOkResponse({
    type: MyWaitlistView,
    description:
      "The caller's waitlist entries, newest first: waiting ones with their place, offers, and how the others ended",
  })
  list(@CurrentActor() actor: Actor, @Query() _request: MyWaitlistRequest) {
    return this.queries.execute(new MyWaitlistQuery({ holderId: actor.userId }));
  }
}
