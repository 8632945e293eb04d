import { Inject, NotFoundException } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type CancellationTerms, cancellerOf, money, quoteCancellation } from '@booking/domain';
import { CLOCK, type Clock } from '@booking/platform';
import type { BookingDoc, CatalogEventDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { validTickets } from '../booking-tickets';
import type { CancellationQuoteView } from '../booking.views';
import { CancellationQuoteQuery } from './cancellation-quote.query';

/**
 * What cancelling would give now, by the same rule the booking's decider applies
 * (`quoteCancellation`): the whole booking, and each valid ticket on its own.
 */
@QueryHandler(CancellationQuoteQuery)
export class CancellationQuoteHandler implements IQueryHandler<CancellationQuoteQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ args: { bookingId, viewer } }: CancellationQuoteQuery): Promise<CancellationQuoteView> {
    const booking = await this.readModels.findById<BookingDoc>('bookings', bookingId.toLowerCase());
    const event = booking && (await this.readModels.findById<CatalogEventDoc>('catalog-events', booking.eventId));
    const terms: CancellationTerms | undefined = event
      ? {
          ...(event.refundPolicy ? { refundPolicy: event.refundPolicy } : {}),
          startsAt: event.startsAt,
          organizerId: event.organizerId,
        }
      : undefined;
    const by = booking && terms && cancellerOf(viewer, booking.buyerId, terms);
    // Another person's booking reads as none at all.
    if (!booking || !terms || !by) throw new NotFoundException(`No booking ${bookingId}`);
    const { currency } = booking.total;
    const none = money(0, currency);
    const base = { bookingId: booking._id, status: booking.status, by, position: String(booking._position) };
    if (booking.status === 'pending-payment') {
      return { ...base, allowed: true, percent: 0, refund: none, tickets: [] }; // an abandoned checkout: nothing paid
    }
    if (booking.status !== 'confirmed') {
      return { ...base, allowed: false, reason: `The booking is ${booking.status}`, refund: none, tickets: [] };
    }
    const now = this.clock.now();
    const valid = validTickets(booking);
    const whole = quoteCancellation(
      by,
      terms,
      valid.map((t) => t.price),
      currency,
      now,
    );
    const tickets = valid.map((t) => {
      const one = quoteCancellation(by, terms, [t.price], currency, now);
      return { ticketId: t.ticketId, refund: one.allowed ? one.refund : none };
    });
    return whole.allowed
      ? {
          ...base,
          allowed: true,
          percent: whole.percent,
          refund: whole.refund,
          ...(whole.until ? { until: whole.until } : {}),
          tickets,
        }
      : {
          ...base,
          allowed: false,
          reason: whole.reason,
          ...(whole.until ? { until: whole.until } : {}),
          refund: none,
          tickets,
        };
  }
}
