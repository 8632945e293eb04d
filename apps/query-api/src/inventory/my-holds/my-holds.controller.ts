import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { Authenticated, CurrentActor } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { MyHoldsView } from '../inventory.views';
import { MY_HOLDS_PAGE, MyHoldsQuery } from './my-holds.query';
import { MyHoldsRequest } from './my-holds.request';

@ApiTags('inventory')
@ReadsProjections('catalog-events', 'holds')
@Controller('api/me')
export class MyHoldsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('holds')
  @Authenticated()
  @ApiOkResponse({
    type: MyHoldsView,
    description:
      "{ items: Hold[], total, nextCursor? }: a page of the caller's active holds (soonest expiry first), then " +
      'those cancelled with their event (status, cancellationReason); pass nextCursor as ?cursor= for the next page',
  })
  list(@CurrentActor() actor: Actor, @Query() request: MyHoldsRequest) {
    return this.queries.execute(
      new MyHoldsQuery({
        holderId: actor.userId,
        limit: request.limit ?? MY_HOLDS_PAGE.default,
        cursor: request.cursor,
      }),
    );
  }
}
