import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import type { Actor } from '@booking/domain';
import { Authenticated, CLOCK, type Clock, CurrentActor, QueryNumber } from '@booking/platform';
import { MyHoldsView } from '../inventory.views';
import { CURSOR_PATTERN } from './my-holds.cursor';
import { MY_HOLDS_PAGE, MyHoldsQuery } from './my-holds.query';
import { ReadsProjections } from '../../http/reads-projections';

export class MyHoldsParams {
  @ApiPropertyOptional({ minimum: 1, maximum: MY_HOLDS_PAGE.max, default: MY_HOLDS_PAGE.default })
  @IsOptional()
  @QueryNumber()
  @IsInt()
  @Min(1)
  @Max(MY_HOLDS_PAGE.max)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the page before', pattern: CURSOR_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(CURSOR_PATTERN, { message: 'cursor must be the nextCursor of an earlier page' })
  cursor?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() minPosition?: string;
}

@ApiTags('inventory')
@ReadsProjections('catalog-events', 'holds')
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
    description:
      "{ items: Hold[], total, nextCursor? }: a page of the caller's active holds (soonest expiry first), then " +
      'those cancelled with their event (status, cancellationReason); pass nextCursor as ?cursor= for the next page',
  })
  list(@CurrentActor() actor: Actor, @Query() params: MyHoldsParams) {
    return this.queries.execute(
      new MyHoldsQuery(actor.userId, this.clock.now(), params.limit ?? MY_HOLDS_PAGE.default, params.cursor),
    );
  }
}
