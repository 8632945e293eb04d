import { Inject, Injectable } from '@nestjs/common';
import { bookingModel, toDomainEvents } from '@booking/command-pipeline';
import type { BookingEvent } from '@booking/domain';
import { EVENT_STORE, type EventStore } from '@booking/event-store';

const PAGE = 1000;

/**
 * Which booking issued a ticket: a ticket code names only its ticket. Built from the log's
 * `BookingConfirmed` events (the write side, never a read model) and caught up before each lookup,
 * which reads only what was confirmed since the last one. One index per process, of ids only.
 */
@Injectable()
export class TicketBookings {
  private readonly byTicket = new Map<string, { bookingId: string; eventId: string }>();
  private position: bigint | undefined;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The booking that issued `ticketId` for `eventId`; undefined when none did. */
  async bookingOf(eventId: string, ticketId: string): Promise<string | undefined> {
    const caughtUp = this.tail.then(() => this.catchUp());
    this.tail = caughtUp.catch(() => undefined);
    await caughtUp;
    const found = this.byTicket.get(ticketId);
    return found?.eventId === eventId ? found.bookingId : undefined;
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      const recorded = await this.store.readAll({
        ...(this.position !== undefined ? { after: this.position } : {}),
        maxCount: PAGE,
        filter: { eventTypes: ['BookingConfirmed'] },
      });
      for (const event of toDomainEvents<BookingEvent>(bookingModel.schema, recorded)) {
        if (event.type !== 'BookingConfirmed') continue;
        for (const ticketId of event.data.ticketIds) {
          this.byTicket.set(ticketId, { bookingId: event.data.bookingId, eventId: event.data.eventId });
        }
      }
      if (recorded.length > 0) this.position = recorded[recorded.length - 1].position;
      if (recorded.length < PAGE) return;
    }
  }
}
