import { Inject, Injectable } from '@nestjs/common';
import type { BookingConfirmed, TicketsResendRequested } from '@booking/domain';
import { formatMoney } from '@booking/domain';
import { ERASED, EVENT_STORE, type EventStore, type RecordedEvent } from '@booking/event-store';
import { MAILER, MailRenderer, type Mailer, formatInZone } from '@booking/mailer';
import { CLOCK, type Clock, ID_GENERATOR, type IdGenerator } from '@booking/platform';
import { READ_MODEL_DIRECTORY, type ReadModelDirectory } from '@booking/projections';
import { READ_STORE, type ReadStore } from '@booking/read-store';
import { TicketCodes, bookingNumber, TicketPdfRenderer, printedTickets, seatLabel } from '@booking/tickets';
import { type BookedEvent, readBookedEvent } from './booked-event';
import { MailingPolicy } from './mailing-policy';

export const BOOKING_CONFIRMED_TEMPLATE = 'booking-confirmed';
export const MEMBER_TICKETS_TEMPLATE = 'member-tickets';

/**
 * Process manager: mails the buyer their tickets (summary, a link to the booking page, the tickets
 * PDF attached) when a booking is confirmed, and again for each TicketsResendRequested ("Resend
 * tickets"). One mail per booking's confirmation and per resend request, however often this runs:
 * each is claimed in the NotificationLedger first (keys `booking-confirmed:<bookingId>` and
 * `tickets-resend:<event id>`). The booking and its event come from the bookings and catalog read
 * models, waited for up to the triggering event; a booking no longer confirmed by then (cancelled
 * meanwhile) is not mailed. On confirmation, each attendee the buyer gave an e-mail address for
 * also gets their own ticket(s) (`member-tickets`, their tickets' PDF attached), once per address
 * (key `booking-member:<bookingId>:<first ticket id>`).
 */
@Injectable()
export class BookingConfirmationMail extends MailingPolicy {
  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(READ_STORE) readonly readStore: ReadStore,
    @Inject(READ_MODEL_DIRECTORY) readonly directory: ReadModelDirectory,
    @Inject(MAILER) private readonly mailer: Mailer,
    private readonly renderer: MailRenderer,
    private readonly codes: TicketCodes,
    private readonly pdfs: TicketPdfRenderer,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) ids: IdGenerator,
  ) {
    super(
      { store, readStore, clock, ids },
      {
        name: 'booking-confirmation-mail',
        logger: 'BookingConfirmationMail',
        eventTypes: ['BookingConfirmed', 'TicketsResendRequested'],
      },
    );
  }

  async handle(event: RecordedEvent): Promise<void> {
    if (event.type === 'BookingConfirmed') {
      const { bookingId } = event.data as BookingConfirmed['data'];
      await this.mail(event, bookingId, `booking-confirmed:${bookingId}`, false);
      return this.mailMembers(event, bookingId);
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
      const pdf = await this.pdfs.render(tickets, { createdAt: this.clock.now() });
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

  /** Each attendee address of the booking gets the tickets given for it (one mail per address). */
  private async mailMembers(source: RecordedEvent, bookingId: string): Promise<void> {
    const found = await this.read(source, bookingId);
    if (!found) return;
    const { booking, event } = found;
    if (booking.status !== 'confirmed' || booking.buyerEmail === ERASED) return;
    const tickets = printedTickets((ticket) => this.codes.issue(ticket), { booking, event });
    const emailOf = new Map(booking.tickets.map((ticket) => [ticket.ticketId, ticket.attendeeEmail]));
    const byAddress = new Map<string, typeof tickets>();
    for (const ticket of tickets) {
      const email = emailOf.get(ticket.ticketId)?.trim();
      if (!email || email === ERASED || email.toLowerCase() === booking.buyerEmail.toLowerCase()) continue;
      const key = email.toLowerCase();
      byAddress.set(key, [...(byAddress.get(key) ?? []), ticket]);
    }
    const number = bookingNumber(booking._id);
    let failures = 0;
    for (const [email, own] of byAddress) {
      const claim = await this.ledger.claim(
        {
          sourceEventId: `booking-member:${bookingId}:${own[0]!.ticketId}`,
          recipientId: booking.buyerId,
          template: MEMBER_TICKETS_TEMPLATE,
          eventId: event._id,
        },
        source,
      );
      if (!claim) continue; // mailed already
      try {
        const pdf = await this.pdfs.render(own, { createdAt: this.clock.now() });
        const mail = this.renderer.render(MEMBER_TICKETS_TEMPLATE, {
          displayName: own[0]!.attendeeName,
          buyerName: booking.buyerName,
          bookingNumber: number,
          eventId: event._id,
          eventTitle: event.title,
          when: formatInZone(event.startsAt, event.timeZone),
          venue: [event.venue.name, event.venue.city, event.venue.country].filter(Boolean).join(', '),
          seats: own.map((ticket) => seatLabel(ticket.seat)),
        });
        await this.mailer.send({
          to: email,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          template: MEMBER_TICKETS_TEMPLATE,
          attachments: [{ filename: `ticket-${number}.pdf`, contentType: 'application/pdf', content: pdf }],
        });
      } catch (error) {
        failures += 1;
        this.logger.error({ err: error, bookingId }, 'member ticket mail not sent');
        await this.ledger.failed(claim, error instanceof Error ? error.message : String(error), source);
      }
    }
    if (failures > 0) throw new Error(`${failures} member ticket mail(s) of ${bookingId} failed`);
  }

  /** The booking and its event from the read models, once they have seen the triggering event. */
  private read(source: RecordedEvent, bookingId: string): Promise<BookedEvent | undefined> {
    return readBookedEvent(this, source, bookingId);
  }
}
