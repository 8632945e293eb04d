import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { BookingConfirmed, TicketsResendRequested } from '@booking/domain';
import { formatMoney } from '@booking/domain';
import { ERASED, EVENT_STORE, type EventStore, type RecordedEvent } from '@booking/event-store';
import { MAILER, MailRenderer, type Mailer } from '@booking/mailer';
import { CLOCK, type Clock, ID_GENERATOR, type IdGenerator } from '@booking/platform';
import {
  type BookingDoc,
  type CatalogEventDoc,
  READ_MODEL_DIRECTORY,
  type ReadModelDirectory,
  bookingsProjection,
  catalogEventsProjection,
} from '@booking/projections';
import { READ_STORE, type ReadStore } from '@booking/read-store';
import { TicketCodes, bookingNumber, printedTickets, renderTicketsPdf, seatLabel } from '@booking/tickets';
import { PolicySubscription } from '../policies/policy-subscription';
import { NotificationLedger } from './notification-ledger';

export const BOOKING_CONFIRMED_TEMPLATE = 'booking-confirmed';

/**
 * Process manager: mails the buyer their tickets (summary, a link to the booking page, the tickets
 * PDF attached) when a booking is confirmed, and again for each TicketsResendRequested ("Resend
 * tickets"). One mail per booking's confirmation and per resend request, however often this runs:
 * each is claimed in the NotificationLedger first (keys `booking-confirmed:<bookingId>` and
 * `tickets-resend:<event id>`). The booking and its event come from the bookings and catalog read
 * models, waited for up to the triggering event; a booking no longer confirmed by then (cancelled
 * meanwhile) is not mailed.
 */
@Injectable()
export class BookingConfirmationMail implements OnModuleInit, OnApplicationShutdown {
  private readonly feed: PolicySubscription;
  private readonly ledger: NotificationLedger;
  private readonly logger = new Logger('BookingConfirmationMail');

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(READ_MODEL_DIRECTORY) private readonly directory: ReadModelDirectory,
    @Inject(MAILER) private readonly mailer: Mailer,
    private readonly renderer: MailRenderer,
    private readonly codes: TicketCodes,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) ids: IdGenerator,
  ) {
    this.ledger = new NotificationLedger(
      store,
      () => clock.now(),
      () => ids.next(),
      'system:booking-confirmation-mail',
    );
    this.feed = new PolicySubscription(store, readStore, {
      id: 'policy:booking-confirmation-mail',
      eventTypes: ['BookingConfirmed', 'TicketsResendRequested'],
      logger: this.logger,
      retryAfterMs: 5000,
      handle: (event) => this.handle(event),
    });
  }

  onModuleInit(): Promise<void> {
    return this.feed.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.feed.close();
  }

  async handle(event: RecordedEvent): Promise<void> {
    if (event.type === 'BookingConfirmed') {
      const { bookingId } = event.data as BookingConfirmed['data'];
      return this.mail(event, bookingId, `booking-confirmed:${bookingId}`, false);
    }
    if (event.type === 'TicketsResendRequested') {
      const { bookingId } = event.data as TicketsResendRequested['data'];
      return this.mail(event, bookingId, `tickets-resend:${event.id}`, true);
    }
  }

  private async mail(source: RecordedEvent, bookingId: string, key: string, resent: boolean): Promise<void> {
    const found = await this.read(source, bookingId);
    if (!found) return;
    const { booking, event } = found;
    if (booking.status !== 'confirmed') return; // cancelled since: its tickets are no longer valid
    if (booking.buyerEmail === ERASED) return; // the buyer was erased: nobody to mail
    const claim = await this.ledger.claim(
      { sourceEventId: key, recipientId: booking.buyerId, template: BOOKING_CONFIRMED_TEMPLATE, eventId: event._id },
      source,
    );
    if (!claim) return; // mailed already
    try {
      const tickets = printedTickets((ticket) => this.codes.issue(ticket), { booking, event });
      const pdf = await renderTicketsPdf(tickets, { createdAt: this.clock.now() });
      const number = bookingNumber(booking._id);
      const priceOf = new Map(booking.tickets.map((ticket) => [ticket.ticketId, ticket.price]));
      const prices = tickets.map(
        (ticket) => priceOf.get(ticket.ticketId) ?? { amount: 0, currency: booking.total.currency },
      );
      const total = prices.reduce((sum, price) => sum + price.amount, 0);
      const mail = this.renderer.render(BOOKING_CONFIRMED_TEMPLATE, {
        displayName: booking.buyerName,
        bookingId: booking._id,
        bookingNumber: number,
        eventTitle: event.title,
        startsAt: event.startsAt,
        timeZone: event.timeZone,
        venue: [event.venue.name, event.venue.city, event.venue.country].filter(Boolean).join(', '),
        // The valid tickets only (a resend after a partial cancellation), each at its own price.
        tickets: tickets.map((ticket, i) => ({
          seat: seatLabel(ticket.seat),
          attendee: ticket.attendeeName,
          tier: ticket.priceTier.name,
          price: formatMoney(prices[i]!),
        })),
        total: total === 0 ? 'Free' : formatMoney({ amount: total, currency: booking.total.currency }),
        resent,
      });
      await this.mailer.send({
        to: booking.buyerEmail,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        template: BOOKING_CONFIRMED_TEMPLATE,
        attachments: [{ filename: `tickets-${number}.pdf`, contentType: 'application/pdf', content: pdf }],
      });
    } catch (error) {
      this.logger.error({ err: error, bookingId }, 'booking confirmation mail not sent');
      await this.ledger.failed(claim, error instanceof Error ? error.message : String(error), source);
      throw error; // the feed retries; the ledger allows MAX_ATTEMPTS sends
    }
  }

  /** The booking and its event from the read models, once they have seen the triggering event. */
  private async read(
    source: RecordedEvent,
    bookingId: string,
  ): Promise<{ booking: BookingDoc; event: CatalogEventDoc } | undefined> {
    const names = [bookingsProjection.name, catalogEventsProjection.name];
    if (!(await this.directory.waitFor(source.position, 10_000, names)))
      throw new Error('the bookings read model is behind the booking to mail');
    const [bookingsName, eventsName] = await Promise.all(names.map((name) => this.directory.collectionName(name)));
    if (!bookingsName || !eventsName) throw new Error('the bookings or catalog read model is not built yet');
    const booking = await this.readStore.collection<BookingDoc>(bookingsName).findOne({ _id: bookingId });
    if (!booking) {
      this.logger.warn({ bookingId }, 'no booking to mail');
      return undefined;
    }
    const event = await this.readStore.collection<CatalogEventDoc>(eventsName).findOne({ _id: booking.eventId });
    if (!event) {
      this.logger.warn({ bookingId, eventId: booking.eventId }, 'the booked event is not in the catalog');
      return undefined;
    }
    return { booking, event };
  }
}
