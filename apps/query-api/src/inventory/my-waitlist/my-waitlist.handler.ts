import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { CatalogEventDoc, WaitlistEntryDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { entryView, placesOf } from '../waitlist-entries';
import type { MyWaitlistView } from '../waitlist.views';
import { MY_WAITLIST_MAX, MyWaitlistQuery } from './my-waitlist.query';

/** The caller's waitlist entries, newest first, each waiting one with its place in the queue. */
@QueryHandler(MyWaitlistQuery)
export class MyWaitlistHandler implements IQueryHandler<MyWaitlistQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { holderId } }: MyWaitlistQuery): Promise<MyWaitlistView> {
    const entries = await this.readModels.collection<WaitlistEntryDoc>('waitlist');
    const docs = await entries.find({ holderId }, { sort: { joinedPosition: -1 }, limit: MY_WAITLIST_MAX });
    const places = await placesOf(entries, docs);
    const events = await this.readModels.collection<CatalogEventDoc>('catalog-events');
    const ids = [...new Set(docs.map((d) => d.eventId))];
    const titles = new Map(
      (await events.find({ _id: { $in: ids } }, { projection: { title: 1 } })).map((e) => [e._id, e.title]),
    );
    return { items: docs.map((doc) => entryView(doc, titles.get(doc.eventId) ?? '', places.get(doc._id))) };
  }
}
