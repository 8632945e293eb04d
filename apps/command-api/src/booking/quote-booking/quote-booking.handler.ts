import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { money } from '@booking/domain';
import { CLOCK, type Clock } from '@booking/platform';
import { CheckoutPricing } from '../shared/checkout-pricing';
import { type BookingQuote, QuoteBookingQuery } from './quote-booking.query';

/** The placeholder booking a quote checks holds against: no real booking has it, so a hold in a checkout is refused as at checkout. */
const NO_BOOKING = '00000000-0000-4000-8000-000000000000';

@QueryHandler(QuoteBookingQuery)
export class QuoteBookingHandler implements IQueryHandler<QuoteBookingQuery> {
  constructor(
    private readonly pricing: CheckoutPricing,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ data, context }: QuoteBookingQuery): Promise<BookingQuote> {
    const metadata = { now: context.now ?? this.clock.now(), actor: context.actor };
    const { listed, tickets, promo, group } = await this.pricing.price(
      data,
      NO_BOOKING,
      (places) => Array.from({ length: places }, (_, i) => `quote-${i}`),
      metadata,
    );
    const currency = listed[0].price.currency;
    const sum = (list: typeof listed) =>
      money(
        list.reduce((n, t) => n + t.price.amount, 0),
        currency,
      );
    return {
      eventId: data.eventId,
      tickets: tickets.map(({ holdId, sectionId, seatId, tierId, tierName, price, discount, groupDiscount }, i) => ({
        holdId,
        ...(sectionId ? { sectionId } : {}),
        ...(seatId ? { seatId } : {}),
        tierId,
        tierName,
        listPrice: listed[i].price,
        price,
        ...(discount ? { discount } : {}),
        ...(groupDiscount ? { groupDiscount } : {}),
      })),
      subtotal: sum(listed),
      ...(group ? { group } : {}),
      ...(promo ? { promo } : {}),
      total: sum(tickets),
    };
  }
}
