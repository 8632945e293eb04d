import type { Logger } from '@nestjs/common';
import type { RecordedEvent } from '@booking/event-store';
import {
  type BookingDoc,
  type CatalogEventDoc,
  type ReadModelDirectory,
  bookingsProjection,
  catalogEventsProjection,
} from '@booking/projections';
import type { ReadStore } from '@booking/read-store';

export type BookedEvent = { booking: BookingDoc; event: CatalogEventDoc };

/**
 * A booking and its event from the read models, once they have seen the triggering event (waited
 * for up to 10 s: a read model behind throws, and the caller's feed retries). Undefined when
 * either is unknown.
 */
export async function readBookedEvent(
  deps: { directory: ReadModelDirectory; readStore: ReadStore; logger: Logger },
  source: RecordedEvent,
  bookingId: string,
): Promise<BookedEvent | undefined> {
  const names = [bookingsProjection.name, catalogEventsProjection.name];
  if (!(await deps.directory.waitFor(source.position, 10_000, names)))
    throw new Error('the bookings read model is behind the booking to mail');
  const [bookingsName, eventsName] = await Promise.all(names.map((name) => deps.directory.collectionName(name)));
  if (!bookingsName || !eventsName) throw new Error('the bookings or catalog read model is not built yet');
  const booking = await deps.readStore.collection<BookingDoc>(bookingsName).findOne({ _id: bookingId });
  if (!booking) {
    deps.logger.warn({ bookingId }, 'no booking to mail');
    return undefined;
  }
  const event = await deps.readStore.collection<CatalogEventDoc>(eventsName).findOne({ _id: booking.eventId });
  if (!event) {
    deps.logger.warn({ bookingId, eventId: booking.eventId }, 'the booked event is not in the catalog');
    return undefined;
  }
  return { booking, event };
}
