import { Controller, Get, Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { Authenticated, CLOCK, type Clock, CurrentActor } from '@booking/platform';
import { MyHoldsQuery } from './my-holds.query';
import { MyHoldsView } from '../inventory.views';

@ApiTags('inventory')
@Controller('api/me')
export class MyHoldsController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('holds')
  @Authenticated()
  @ApiOkResponse({
    type: MyHoldsView,
    description: "The caller's active holds, then those cancelled with their event (status, cancellationReason)",
  })
  list(@CurrentActor() actor: Actor) {
    return this.queries.execute(new MyHoldsQuery(actor.userId, this.clock.now()));
  }
}
