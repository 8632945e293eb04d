import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  DomainError,
  INVOICE_SERIES_CATEGORY,
  catalogStream,
  invoiceSeriesId,
  invoiceSettingsStream,
  webhookEndpointsStream,
} from '@booking/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@booking/event-store';
import { CLOCK, type Clock } from '@booking/platform';
import type { AccountDoc, CatalogEventDoc, LedgerDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { byPosition, historyEvent, moneyStreamsOf } from '../history';
import type { OrganizerHistoryView } from '../ledger.views';
import { OrganizerHistoryQuery } from './organizer-history.query';

/** How many streams are read at once (each is one read of the log). */
const CONCURRENCY = 16;

/**
 * An organizer's raw history, from the log (docs/ledger.md, "History"): their invoice settings,
 * invoice series and webhook endpoints, their events' catalog streams, and the money streams of
 * every booking of theirs that moved money (the ledger names those). In log order, a page at a
 * time after a position: `nextAfter` continues it.
 */
@QueryHandler(OrganizerHistoryQuery)
export class OrganizerHistoryHandler implements IQueryHandler<OrganizerHistoryQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly readModels: ReadModels,
  ) {}

  async execute({ args: { organizerId, after, limit } }: OrganizerHistoryQuery): Promise<OrganizerHistoryView> {
    const events = await (await this.readModels.collection<CatalogEventDoc>('catalog-events')).find({ organizerId });
    const account = await this.readModels.findById<AccountDoc>('accounts', organizerId);
    if (events.length === 0 && !account?.roles.includes('organizer'))
      throw DomainError.notFound('history.not-found', `No organizer ${organizerId}`);
    const eventIds = events.map((event) => event._id);
    const paid = eventIds.length
      ? await (await this.readModels.collection<LedgerDoc>('ledger')).find({ eventId: { $in: eventIds } })
      : [];
    const firstYear = Math.min(
      this.clock.now().getUTCFullYear(),
      ...events.map((event) => new Date(event.createdAt).getUTCFullYear()).filter(Number.isFinite),
    );
    const ownStreams = [
      invoiceSettingsStream(organizerId),
      webhookEndpointsStream(organizerId),
      ...range(firstYear, this.clock.now().getUTCFullYear() + 1).map(
        (year) => `${INVOICE_SERIES_CATEGORY}-${invoiceSeriesId(organizerId, year)}`,
      ),
      ...eventIds.map(catalogStream),
    ];
    const read: RecordedEvent[][] = [];
    const streams: string[] = [];
    await inBatches(ownStreams, async (stream) => {
      const found = await this.store.readStream(stream);
      if (found.length) {
        read.push(found);
        streams.push(stream);
      }
    });
    await inBatches(
      paid.map((doc) => doc._id),
      async (bookingId) => {
        const found = await moneyStreamsOf(this.store, bookingId);
        if (found) {
          read.push(found.events);
          streams.push(...found.streams);
        }
      },
    );
    const later = read
      .flat()
      .filter((event) => event.position > after)
      .sort(byPosition);
    const page = later.slice(0, limit);
    return {
      organizerId,
      streams: streams.sort(),
      events: page.map(historyEvent),
      ...(later.length > limit && page.length ? { nextAfter: String(page.at(-1)!.position) } : {}),
    };
  }
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

async function inBatches<T>(items: readonly T[], each: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += CONCURRENCY) await Promise.all(items.slice(i, i + CONCURRENCY).map(each));
}
