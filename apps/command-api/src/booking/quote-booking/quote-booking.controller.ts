import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authenticated } from '@booking/platform';
import { NotRecorded } from '../../http/idempotency.interceptor';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { BookingQuoteAnswer } from '../booking.answers';
import { QuoteBookingQuery } from './quote-booking.query';
import { QuoteBookingRequest } from './quote-booking.request';

@ApiTags('booking')
@Controller('api/booking-quotes')
export class QuoteBookingController {
  constructor(private readonly queries: QueryBus) {}

  @Post()
  @HttpCode(200)
  @NotRecorded() // writes nothing: nothing to replay
  @Authenticated()
  @ApiOkResponse({
    type: BookingQuoteAnswer,
    description: 'What a checkout of these holds would cost now, with the promo code applied; nothing is written',
  })
  @ApiProblems({
    404: 'Unknown or unpublished event, or no such active hold of yours on it',
    409: 'A hold is in a checkout, a tier is no longer sold, or the promo code is disabled, outside its dates or used up',
    422: 'Unknown price tier, a hold named twice, or an unknown or inapplicable promo code',
  })
  async quote(@Body() body: QuoteBookingRequest, @CommandRequest() context: RequestContext) {
    const { eventId, holds, promoCode } = body;
    return this.queries.execute(
      new QuoteBookingQuery(
        {
          eventId,
          holds: holds.map(({ holdId, sectionId, tierId }) => ({
            holdId,
            ...(sectionId !== undefined ? { sectionId } : {}),
            ...(tierId !== undefined ? { tierId } : {}),
          })),
          ...(promoCode !== undefined ? { promoCode } : {}),
        },
        context,
      ),
    );
  }
}
