import type { BookingDoc, CatalogEventDoc } from '@booking/projections';
import type { ReadModels } from '../http/read-models';
import type { BookingView } from './booking.views';

type EventSummary = Pick<CatalogEventDoc, 'title' | 'startsAt'>;

/** A bookings document as the API shows it, with its event's title and start (as My holds shows them). */
export function bookingView(doc: BookingDoc, event: EventSummary | undefined): BookingView {
  const { _id, _position, ...rest } = doc;
  return {
    bookingId: _id,
    ...rest,
    eventTitle: event?.title ?? '',
    ...(event?.startsAt ? { eventStartsAt: event.startsAt } : {}),
    position: String(_position),
  };
}

/** The bookings as the API shows them, their events' titles and starts read in one query. */
export async function bookingViews(readModels: ReadModels, docs: readonly BookingDoc[]): Promise<BookingView[]> {
  const ids = [...new Set(docs.map((doc) => doc.eventId))];
  const events = ids.length
    ? await (
        await readModels.collection<CatalogEventDoc>('catalog-events')
      ).find({ _id: { $in: ids } }, { projection: { title: 1, startsAt: 1 } })
    : [];
  const byId = new Map(events.map((event) => [event._id, event]));
  return docs.map((doc) => bookingView(doc, byId.get(doc.eventId)));
}
