import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { AccountDoc, WaitlistEntryDoc } from '@booking/projections';
import type { Filter } from '@booking/read-store';
import { ReadModels } from '../../http/read-models';
import { managedEvent } from '../../booking/event-orders';
import { entryView } from '../waitlist-entries';
import type { EventWaitlistView } from '../waitlist.views';
import { EVENT_WAITLIST_MAX, EventWaitlistQuery } from './event-waitlist.query';

/** An event's waitlist for its organizer (and admins): every entry in join order, who, and where each stands. */
@QueryHandler(EventWaitlistQuery)
export class EventWaitlistHandler implements IQueryHandler<EventWaitlistQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { eventId, viewer, status } }: EventWaitlistQuery): Promise<EventWaitlistView> {
    const event = await managedEvent(this.readModels, eventId, viewer);
    const entries = await this.readModels.collection<WaitlistEntryDoc>('waitlist');
    const filter: Filter = { eventId: event._id, ...(status ? { status } : {}) };
    const docs = await entries.find(filter, { sort: { joinedPosition: 1 }, limit: EVENT_WAITLIST_MAX });
    const waitingDocs = await entries.find(
      { eventId: event._id, status: 'waiting' },
      { sort: { joinedPosition: 1 }, projection: { quantity: 1, sectionId: 1 } },
    );
    // Places in each partition's queue, counted along join order.
    const places = new Map<string, number>();
    const perSection = new Map<string, number>();
    for (const doc of waitingDocs) {
      const key = doc.sectionId ?? '';
      const place = (perSection.get(key) ?? 0) + 1;
      perSection.set(key, place);
      places.set(doc._id, place);
    }
    const accounts = await this.readModels.collection<AccountDoc>('accounts');
    const holderIds = [...new Set(docs.map((d) => d.holderId))];
    const people = new Map(
      (await accounts.find({ _id: { $in: holderIds } }, { projection: { displayName: 1, email: 1 } })).map((a) => [
        a._id,
        a,
      ]),
    );
    return {
      items: docs.map((doc) => ({
        ...entryView(doc, event.title, places.get(doc._id)),
        holderName: people.get(doc.holderId)?.displayName ?? '',
        holderEmail: people.get(doc.holderId)?.email ?? '',
      })),
      waiting: waitingDocs.length,
      waitingPlaces: waitingDocs.reduce((sum, doc) => sum + doc.quantity, 0),
      enabled: event.waitlist !== false,
    };
  }
}
