import { Inject, Injectable } from '@nestjs/common';
import { type CatalogState, fold } from '@booking/domain';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { catalogModel, toDomainEvents } from '@booking/command-pipeline';

type Cached = {
  state: CatalogState;
  revision: bigint | undefined;
  /** The read under way (reads of one event run one at a time). */
  tail: Promise<unknown>;
  /** A read queued behind it that has not started yet: later callers join it. */
  queued?: Promise<CatalogState>;
};

/**
 * The current catalog state of events, for decisions that need it beside their own stream (a
 * hold needs the event's sales rules). Each call reads only what was appended since the last
 * one (usually nothing), and callers join a read that has not started yet, so a flash sale costs
 * one small read per batch of holds, not a fold of the whole stream per hold. A caller never joins
 * a read that started before it arrived: it sees every change appended before it asked.
 * Catalog states are immutable (evolve returns new objects), so sharing them is safe.
 */
@Injectable()
export class CatalogReader {
  private readonly cache = new Map<string, Cached>();
  private readonly capacity = 10_000;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  current(eventId: string): Promise<CatalogState> {
    let entry = this.cache.get(eventId);
    if (entry)
      this.cache.delete(eventId); // re-insert: Map order doubles as recency
    else entry = { state: catalogModel.decider.initialState(), revision: undefined, tail: Promise.resolve() };
    this.cache.set(eventId, entry);
    if (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value as string);
    if (entry.queued) return entry.queued;
    const cached = entry;
    // The read starts after the requests already parsed in this turn of the event loop have asked
    // too (setImmediate), so a burst of holds on one event costs one read, not one per hold.
    const read = cached.tail.then(nextTurn).then(() => {
      cached.queued = undefined; // started: later callers queue the next read
      return this.catchUp(eventId, cached);
    });
    cached.queued = read;
    cached.tail = read.catch(() => undefined);
    return read;
  }

  private async catchUp(eventId: string, entry: Cached): Promise<CatalogState> {
    const from = entry.revision === undefined ? 0n : entry.revision + 1n;
    const recorded = await this.store.readStream(`${catalogModel.category}-${eventId}`, { fromRevision: from });
    if (recorded.length > 0) {
      entry.state = fold(catalogModel.decider, toDomainEvents(catalogModel.schema, recorded), entry.state);
      entry.revision = recorded[recorded.length - 1].revision;
    }
    return entry.state;
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
