import { Controller, Get, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, Authenticated } from '@booking/platform';
import { ReadsProjections } from '../../http/reads-projections';
import { SavedCardsView } from '../wallet.views';
import { MyPaymentMethodsQuery } from './my-payment-methods.query';

@ApiTags('wallet')
@ReadsProjections('wallets')
@Controller('api/me/payment-methods')
export class MyPaymentMethodsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: SavedCardsView, description: "The caller's saved cards: never a card number" })
  list(@Req() request: { user: AuthenticatedActor }) {
    return this.queries.execute(new MyPaymentMethodsQuery({ viewer: request.user }));
  }
}
