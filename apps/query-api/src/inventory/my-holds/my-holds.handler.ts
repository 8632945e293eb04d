import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@booking/platform';
import type { CatalogEventDoc, HoldDoc } from '@booking/projections';
import type { Filter } from '@booking/read-store';
import { ReadModels } from '../../http/read-models';
import { type HoldsCursor, decodeCursor, encodeCursor } from './my-holds.cursor';
import { MyHoldsQuery } from './my-holds.query';

/**
 * One page of the caller's holds: active ones (soonest expiry first), then those cancelled with
 * their event (latest first, so the holder sees why), with the total and the cursor of the next page.
 */
@QueryHandler(MyHoldsQuery)
export class MyHoldsHandler implements IQueryHandler<MyHoldsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ args: { holderId, limit, cursor: raw } }: MyHoldsQuery) {
    const cursor = raw === undefined ? undefined : decodeCursor(raw);
    const holds = await this.readModels.collection<HoldDoc>('holds');
    const active: Filter = { holderId, status: 'active', expiresAt: { $gt: this.clock.now().toISOString() } };
    const cancelled: Filter = { holderId, status: 'cancelled' };
    // One more than asked: whether there is a next page without counting again.
    const page: HoldDoc[] = [];
    if (cursor?.group !== 'cancelled') {
      const after = cursor
        ? { $or: [{ expiresAt: { $gt: cursor.key } }, { expiresAt: cursor.key, _id: { $gt: cursor.id } }] }
        : {};
      page.push(...(await holds.find({ $and: [active, after] }, { sort: { expiresAt: 1, _id: 1 }, limit: limit + 1 })));
    }
    if (page.length <= limit) {
      const after =
        cursor?.group === 'cancelled'
          ? { $or: [{ cancelledAt: { $lt: cursor.key } }, { cancelledAt: cursor.key, _id: { $gt: cursor.id } }] }
          : {};
      page.push(
        ...(await holds.find(
          { $and: [cancelled, after] },
          { sort: { cancelledAt: -1, _id: 1 }, limit: limit + 1 - page.length },
        )),
      );
    }
    const items = page.slice(0, limit);
    const last = items[items.length - 1];
    const next: HoldsCursor | undefined =
      page.length > limit && last
        ? last.status === 'cancelled'
          ? { group: 'cancelled', key: last.cancelledAt ?? '', id: last._id }
          : { group: 'active', key: last.expiresAt, id: last._id }
        : undefined;
    const total = (await holds.countDocuments(active)) + (await holds.countDocuments(cancelled));
    return {
      items: await this.withTitles(items),
      total,
      ...(next ? { nextCursor: encodeCursor(next) } : {}),
    };
  }

  private async withTitles(items: HoldDoc[]) {
    const events = await this.readModels.collection<CatalogEventDoc>('catalog-events');
    const ids = [...new Set(items.map((h) => h.eventId))];
    const titles = new Map(
      (await events.find({ _id: { $in: ids } }, { projection: { title: 1 } })).map((e) => [e._id, e.title]),
    );
    return items.map((hold) => ({
      holdId: hold._id,
      eventId: hold.eventId,
      eventTitle: titles.get(hold.eventId) ?? '',
      quantity: hold.quantity,
      expiresAt: hold.expiresAt,
      ...(hold.sectionId ? { sectionId: hold.sectionId } : {}),
      ...(hold.seatIds ? { seatIds: hold.seatIds } : {}),
      status: hold.status,
      ...(hold.waitlistOffer ? { waitlistOffer: true } : {}),
      ...(hold.status === 'cancelled'
        ? { cancelledAt: hold.cancelledAt, cancellationReason: hold.cancellationReason }
        : {}),
    }));
  }
}
