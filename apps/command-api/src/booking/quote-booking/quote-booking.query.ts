import { Query } from '@nestjs/cqrs';
import type { BookingGroupPrice, BookingPromo, Money } from '@booking/domain';
import type { RequestContext } from '../../http/command-context';
import type { CheckoutHold } from '../place-booking/place-booking.command';

export type QuotedTicket = {
  holdId: string;
  sectionId?: string;
  seatId?: string;
  tierId: string;
  tierName: string;
  listPrice: Money;
  price: Money;
  discount?: Money;
  groupDiscount?: Money;
};
export type BookingQuote = {
  eventId: string;
  tickets: QuotedTicket[];
  subtotal: Money;
  group?: BookingGroupPrice;
  promo?: BookingPromo;
  total: Money;
};

/** What a checkout would cost now, read from the write side (the holds, the catalog, the code); writes nothing. */
export class QuoteBookingQuery extends Query<BookingQuote> {
  constructor(
    readonly data: Readonly<{ eventId: string; holds: readonly CheckoutHold[]; promoCode?: string }>,
    readonly context: RequestContext,
  ) {
    super();
  }
}
