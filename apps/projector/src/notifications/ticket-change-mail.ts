import { Inject, Injectable } from '@nestjs/common';
import type { TicketReissued, TicketTransferred } from '@booking/domain';
import { ERASED, EVENT_STORE, type EventStore, type RecordedEvent } from '@booking/event-store';
import { MAILER, MailRenderer, type Mailer } from '@booking/mailer';
import { CLOCK, type Clock, ID_GENERATOR, type IdGenerator } from '@booking/platform';
import { READ_MODEL_DIRECTORY, type ReadModelDirectory } from '@booking/projections';
import { READ_STORE, type ReadStore } from '@booking/read-store';
import { TicketCodes, bookingNumber, TicketPdfRenderer, printedTickets, seatLabel } from '@booking/tickets';
import { type BookedEvent, readBookedEvent } from './booked-event';
import { MailingPolicy } from './mailing-policy';

export const TICKET_RECEIVED_TEMPLATE = 'ticket-received';
export const TICKET_TRANSFERRED_TEMPLATE = 'ticket-transferred';

type Change = { ticketId: string; reissue: number; to?: { name: string; email: string } };

/**
 * Process manager: a ticket with a new code goes to its holder. TicketTransferred mails the new
 * holder their ticket (PDF attached: no account needed) and tells the buyer whom it went to;
 * TicketReissued mails the holder (the buyer, or whom it was given to) the new code. Once per
 * (event, recipient) however often this runs (NotificationLedger, keys `ticket-change:<event id>`
 * with recipients `holder:<ticketId>` and the buyer). A change superseded by a later one (a newer
 * code), or a ticket no longer valid, is not mailed: its code would not admit.
 */
@Injectable()
export class TicketChangeMail extends MailingPolicy {
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
      { name: 'ticket-change-mail', logger: 'TicketChangeMail', eventTypes: ['TicketTransferred', 'TicketReissued'] },
    );
  }

  async handle(event: RecordedEvent): Promise<void> {
    if (event.type === 'TicketTransferred') {
      const data = event.data as TicketTransferred['data'];
      const to = { name: data.toName, email: data.toEmail };
      return this.mail(event, data.bookingId, { ticketId: data.ticketId, reissue: data.reissue, to });
    }
    if (event.type === 'TicketReissued') {
      const data = event.data as TicketReissued['data'];
      return this.mail(event, data.bookingId, { ticketId: data.ticketId, reissue: data.reissue });
    }
  }

  private async mail(source: RecordedEvent, bookingId: string, change: Change): Promise<void> {
    const found = await readBookedEvent(this, source, bookingId);
    if (!found) return;
    const { booking } = found;
    const ticket = booking.tickets.find((t) => t.ticketId === change.ticketId);
    if (booking.status !== 'confirmed' || !ticket || ticket.cancelledAt) return; // no longer valid
    if ((ticket.reissue ?? 0) > change.reissue) return; // a later change mailed the newer code
    const holder = change.to ?? {
      name: ticket.holderEmail ? (ticket.attendeeName ?? booking.buyerName) : booking.buyerName,
      email: ticket.holderEmail ?? booking.buyerEmail,
    };
    if (holder.email === ERASED || booking.buyerEmail === ERASED) return; // erased: nobody to mail
    await this.send(source, `holder:${change.ticketId}`, found, change, () => this.toHolder(found, change, holder));
    if (change.to) {
      const to = change.to;
      await this.send(source, booking.buyerId, found, change, () => this.toBuyer(found, change, to));
    }
  }

  /** Claims the (event, recipient) pair, then sends; a failure is recorded and retried by the feed. */
  private async send(
    source: RecordedEvent,
    recipientId: string,
    { booking, event }: BookedEvent,
    change: Change,
    compose: () => Promise<Parameters<Mailer['send']>[0]>,
  ): Promise<void> {
    const template = recipientId === booking.buyerId ? TICKET_TRANSFERRED_TEMPLATE : TICKET_RECEIVED_TEMPLATE;
    const claim = await this.ledger.claim(
      { sourceEventId: `ticket-change:${source.id}`, recipientId, template, eventId: event._id },
      source,
    );
    if (!claim) return; // mailed already
    try {
      await this.mailer.send(await compose());
    } catch (error) {
      this.logger.error({ err: error, bookingId: booking._id, ticketId: change.ticketId }, 'ticket mail not sent');
      await this.ledger.failed(claim, error instanceof Error ? error.message : String(error), source);
      throw error;
    }
  }

  private async toHolder(found: BookedEvent, change: Change, holder: { name: string; email: string }) {
    const { booking, event } = found;
    // The one ticket, printed with the code this change made and its holder's name.
    const only = {
      ...booking,
      tickets: booking.tickets
        .filter((t) => t.ticketId === change.ticketId)
        .map((t) => ({ ...t, reissue: change.reissue, attendeeName: holder.name })),
    };
    const [ticket] = printedTickets((t) => this.codes.issue(t), { booking: only, event });
    const pdf = await this.pdfs.render([ticket], { createdAt: this.clock.now() });
    const mail = this.renderer.render(TICKET_RECEIVED_TEMPLATE, {
      ...this.about(found, change.ticketId),
      displayName: holder.name,
      transferred: change.to !== undefined,
      fromName: booking.buyerName,
    });
    return {
      to: holder.email,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      template: TICKET_RECEIVED_TEMPLATE,
      attachments: [
        { filename: `ticket-${bookingNumber(booking._id)}.pdf`, contentType: 'application/pdf', content: pdf },
      ],
    };
  }

  private async toBuyer(found: BookedEvent, change: Change, to: { name: string; email: string }) {
    const { booking } = found;
    const mail = this.renderer.render(TICKET_TRANSFERRED_TEMPLATE, {
      ...this.about(found, change.ticketId),
      displayName: booking.buyerName,
      bookingId: booking._id,
      toName: to.name,
      toEmail: to.email,
    });
    return {
      to: booking.buyerEmail,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      template: TICKET_TRANSFERRED_TEMPLATE,
    };
  }

  private about({ booking, event }: BookedEvent, ticketId: string) {
    const [ticket] = printedTickets(() => '', {
      booking: { ...booking, tickets: booking.tickets.filter((t) => t.ticketId === ticketId) },
      event,
    });
    return {
      bookingNumber: bookingNumber(booking._id),
      eventTitle: event.title,
      startsAt: event.startsAt,
      timeZone: event.timeZone,
      venue: [event.venue.name, event.venue.city, event.venue.country].filter(Boolean).join(', '),
      seat: seatLabel(ticket?.seat),
      tier: ticket?.priceTier.name ?? '',
    };
  }
}
