import type { WaitlistEntryDoc } from '@booking/projections';
import type { ReadCollection } from '@booking/read-store';
import type { WaitlistEntryView } from './waitlist.views';

/**
 * The place of each waiting entry in its partition's queue (1 = offered first): the waiting
 * entries of the same event and section that joined before it, plus one.
 */
export async function placesOf(
  entries: ReadCollection<WaitlistEntryDoc>,
  docs: readonly WaitlistEntryDoc[],
): Promise<Map<string, number>> {
  const places = new Map<string, number>();
  for (const doc of docs) {
    if (doc.status !== 'waiting') continue;
    const ahead = await entries.countDocuments({
      eventId: doc.eventId,
      status: 'waiting',
      sectionId: doc.sectionId ?? { $exists: false },
      joinedPosition: { $lt: doc.joinedPosition },
    });
    places.set(doc._id, ahead + 1);
  }
  return places;
}

export function entryView(doc: WaitlistEntryDoc, eventTitle: string, place?: number): WaitlistEntryView {
  return {
    entryId: doc._id,
    eventId: doc.eventId,
    eventTitle,
    ...(doc.sectionId ? { sectionId: doc.sectionId } : {}),
    quantity: doc.quantity,
    joinedAt: doc.joinedAt,
    status: doc.status,
    ...(place !== undefined ? { place } : {}),
    ...(doc.offer ? { offer: doc.offer } : {}),
    ...(doc.endedAt ? { endedAt: doc.endedAt } : {}),
    ...(doc.reason ? { reason: doc.reason } : {}),
  };
}
