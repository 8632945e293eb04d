import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { type Actor, hasRole } from '@booking/domain';
import { Authenticated, CurrentActor } from '@booking/platform';
import { MinPositionRequest } from '../../http/min-position.request';
import { ReadsProjections } from '../../http/reads-projections';
import { PromoCodesView } from '../promotions.views';
import { ListPromoCodesQuery } from './list-promo-codes.query';

class ListPromoCodesRequest extends MinPositionRequest {
  @ApiPropertyOptional({ format: 'uuid', description: "Admins: one organizer's codes (every code without it)" })
  @IsOptional()
  @IsUUID()
  organizerId?: string;
}

@ApiTags('promotions')
@ReadsProjections('promo-codes')
@Controller('api/promo-codes')
export class ListPromoCodesController {
  constructor(private readonly queries: QueryBus) {}

  /** An organizer sees their own codes (whatever they ask for); an admin any organizer's, or all. */
  @Get()
  @Authenticated('organizer', 'admin')
  @ApiOkResponse({ type: PromoCodesView, description: 'Promo codes with their terms and uses, by code' })
  list(@CurrentActor() actor: Actor, @Query() request: ListPromoCodesRequest) {
    const organizerId = hasRole(actor, 'admin') ? request.organizerId?.toLowerCase() : actor.userId;
    return this.queries.execute(new ListPromoCodesQuery(organizerId ? { organizerId } : {}));
  }
}
