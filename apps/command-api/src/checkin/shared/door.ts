import { Inject, Injectable } from '@nestjs/common';
import { CommandPipeline, bookingModel, checkinModel, toDomainEvents } from '@booking/command-pipeline';
import {
  type BookingEvent,
  type CatalogState,
  type CheckInTicket,
  DomainError,
  type ScannedTicket,
  currentReissue,
  mayCheckIn,
} from '@booking/domain';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { CLOCK, type Clock } from '@booking/platform';
import { TicketCodes, bookingNumber, seatLabel } from '@booking/tickets';
import type { RequestContext } from '../../http/command-context';
import { CatalogReader } from '../../inventory/shared/catalog-reader';
import { TicketBookings } from './ticket-bookings';

/** What a scan names: a ticket code from a QR, or a ticket id picked from the door's search. */
export type ScanInput = Readonly<{
  ticket: { code: string } | { ticketId: string };
  nonce: string;
  gate?: string;
  scannerId?: string;
  scannedAt?: string;
  offline: boolean;
}>;

export type FirstUse = { at: string; gate: string; scannerId?: string };

export type ScanAnswer = {
  status: 'admitted' | 'already-used';
  ticketId: string;
  bookingId: string;
  bookingNumber: string;
  attendeeName: string;
  seatLabel: string;
  /** For `already-used`: the ticket's first use (the earliest scan by device time). */
  firstUse?: FirstUse;
  position: bigint;
};

export const DEFAULT_GATE = 'Main entrance';

/**
 * One scan at an event's door, as every check-in use case does it: the caller may scan here, the
 * code is the event's (signature), the ticket is a confirmed booking's (its stream), then the
 * event's check-in stream decides once. A retry with the same nonce answers what it answered.
 */
@Injectable()
export class Door {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly catalog: CatalogReader,
    private readonly tickets: TicketBookings,
    private readonly codes: TicketCodes,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The event, when the caller may scan at its doors; 404 otherwise (as for an unknown event). */
  async mayScan(eventId: string, context: RequestContext): Promise<Exclude<CatalogState, { status: 'none' }>> {
    const event = await this.catalog.current(eventId);
    if (event.status === 'none' || !mayCheckIn(context.actor, event.organizerId)) {
      throw DomainError.notFound('checkin.event-not-found', `Event ${eventId} not found`);
    }
    return event;
  }

  async scan(eventId: string, input: ScanInput, requestContext: RequestContext): Promise<ScanAnswer> {
    // If-Match would name one stream's revision; a scan reads several and appends to the event's.
    const context = { ...requestContext, expectedRevision: undefined };
    const event = await this.mayScan(eventId, context);
    const { ticketId, reissue } = await this.ticketIdOf(eventId, input.ticket);
    const ticket = await this.scannedTicket(eventId, ticketId, reissue);
    const now = context.now ?? this.clock.now();
    const command: Pick<CheckInTicket, 'type' | 'data'> = {
      type: 'CheckInTicket',
      data: {
        eventId,
        organizerId: event.organizerId,
        ticket: ticket.scanned,
        scan: {
          scanNonce: input.nonce,
          gate: input.gate?.trim() || DEFAULT_GATE,
          scannedAt: input.scannedAt ?? now.toISOString(),
          ...(input.scannerId ? { scannerId: input.scannerId } : {}),
        },
        offline: input.offline,
      },
    };
    const outcome = await this.pipeline.execute(checkinModel, eventId, command, context);
    // Read at once: the pipeline keeps evolving this state.
    const answered = outcome.state.nonces.get(input.nonce);
    const first = outcome.state.firstUse.get(ticketId);
    if (!answered || !first) throw new Error(`Scan ${input.nonce} left no trace on checkin-${eventId}`);
    return {
      status: answered.outcome,
      ticketId,
      bookingId: ticket.scanned.bookingId,
      bookingNumber: bookingNumber(ticket.scanned.bookingId),
      attendeeName: await this.attendeeName(ticket.scanned.bookingId, ticket.index),
      seatLabel: seatOf(event, ticket.seat),
      ...(answered.outcome === 'already-used'
        ? {
            firstUse: {
              at: first.scannedAt,
              gate: first.gate,
              ...(first.scannerId ? { scannerId: first.scannerId } : {}),
            },
          }
        : {}),
      position: outcome.position,
    };
  }

  /** The ticket a scan names; a code also names which of the ticket's codes it is (`reissue`). */
  private async ticketIdOf(
    eventId: string,
    named: ScanInput['ticket'],
  ): Promise<{ ticketId: string; reissue?: number }> {
    if ('ticketId' in named) return { ticketId: named.ticketId.toLowerCase() };
    const check = await this.codes.verify(named.code, eventId);
    if (!check.ok) {
      throw DomainError.validation('checkin.invalid-code', 'This is not a valid ticket code for this event', {
        reason: check.reason,
      });
    }
    return { ticketId: check.ticket.ticketId, reissue: check.ticket.reissue };
  }

  /** A ticket picked by id (the door's search) is its current holder's; a code older than the current one is revoked. */
  private async scannedTicket(eventId: string, ticketId: string, reissue?: number) {
    const notFound = () => DomainError.notFound('checkin.ticket-not-found', `No ticket ${ticketId} for this event`);
    const bookingId = await this.tickets.bookingOf(eventId, ticketId);
    if (!bookingId) throw notFound();
    const booking = await this.pipeline.read(bookingModel, bookingId);
    if (booking.status === 'none' || booking.eventId !== eventId) throw notFound();
    const index = booking.tickets.findIndex((t) => t.ticketId === ticketId);
    if (index < 0) throw notFound();
    const { sectionId, seatId } = booking.tickets[index];
    const scanned: ScannedTicket = {
      ticketId,
      bookingId,
      ...(sectionId ? { sectionId } : {}),
      // A cancelled ticket of a booking still confirmed (a partial cancellation) no longer admits
      // either, nor a code a transfer or reissue replaced.
      status:
        booking.status === 'confirmed' &&
        !booking.cancelledTicketIds.includes(ticketId) &&
        (reissue === undefined || reissue >= currentReissue(booking, ticketId))
          ? 'valid'
          : 'revoked',
    };
    return { scanned, index, seat: { sectionId, seatId } };
  }

  /**
   * The name on the ticket: its latest holder's (a transfer), else the one given at checkout, else
   * the buyer's; decrypted from the booking's events.
   */
  private async attendeeName(bookingId: string, index: number): Promise<string> {
    const recorded = await this.store.readStream(`${bookingModel.category}-${bookingId}`);
    const events = toDomainEvents<BookingEvent>(bookingModel.schema, recorded);
    const [placed] = events;
    if (placed?.type !== 'BookingPlaced') return '';
    const ticketId = placed.data.tickets[index]?.ticketId;
    const transfer = events.findLast((e) => e.type === 'TicketTransferred' && e.data.ticketId === ticketId);
    if (transfer?.type === 'TicketTransferred') return transfer.data.toName;
    const names = Array.isArray(placed.data.attendeeNames) ? placed.data.attendeeNames : [];
    return names[index] || placed.data.buyerName;
  }
}

function seatOf(
  event: Exclude<CatalogState, { status: 'none' }>,
  seat: { sectionId?: string; seatId?: string },
): string {
  const sectionId = seat.sectionId ?? seat.seatId?.split(':')[0];
  if (!sectionId) return seatLabel(undefined);
  const plan = event.seating?.plan;
  const section = plan?.sections.find((s) => s.id === sectionId)?.name ?? sectionId;
  const [, row, number] = seat.seatId?.split(':') ?? [];
  return seatLabel({ section, ...(row ? { row } : {}), ...(number ? { number } : {}) });
}
