import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { CatalogEventDoc, HoldDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { MyHoldsQuery } from './my-holds.query';

@QueryHandler(MyHoldsQuery)
export class MyHoldsHandler implements IQueryHandler<MyHoldsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ holderId, now }: MyHoldsQuery) {
    const holds = await this.readModels.collection<HoldDoc>('holds');
    const active = await holds.find(
      { holderId, status: 'active', expiresAt: { $gt: now.toISOString() } },
      { sort: { expiresAt: 1 }, limit: 200 },
    );
    // Holds the platform cancelled (the event was cancelled) stay listed, so the holder sees why.
    const cancelled = await holds.find(
      { holderId, status: 'cancelled' },
      { sort: { cancelledAt: -1, _id: 1 }, limit: 50 },
    );
    const all = [...active, ...cancelled];
    const events = await this.readModels.collection<CatalogEventDoc>('catalog-events');
    const titles = new Map(
      (await events.find({ _id: { $in: [...new Set(all.map((h) => h.eventId))] } }, { projection: { title: 1 } })).map(
        (e) => [e._id, e.title],
      ),
    );
    return {
      items: all.map((hold) => ({
        holdId: hold._id,
        eventId: hold.eventId,
        eventTitle: titles.get(hold.eventId) ?? '',
        quantity: hold.quantity,
        expiresAt: hold.expiresAt,
        ...(hold.sectionId ? { sectionId: hold.sectionId } : {}),
        ...(hold.seatIds ? { seatIds: hold.seatIds } : {}),
        status: hold.status,
        ...(hold.status === 'cancelled'
          ? { cancelledAt: hold.cancelledAt, cancellationReason: hold.cancellationReason }
          : {}),
      })),
    };
  }
}
