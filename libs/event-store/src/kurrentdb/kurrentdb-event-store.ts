import {
  BACKWARDS,
  END,
  excludeSystemEvents,
  FORWARDS,
  KurrentDBClient,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import {
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  matchesFilter,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  WrongExpectedRevisionError,
} from '../event-store.port';
import {
  fromPosition,
  isSystemEvent,
  toEventData,
  toRecorded,
  toServerFilter,
  toStreamState,
} from './kurrentdb-mapping';
import { KurrentDbSubscription } from './kurrentdb-subscription';

const DEFAULT_READ_ALL_COUNT = 4096;
const DEFAULT_BATCH_SIZE = 1024;
/** Positions are signed 64-bit on the server; larger values mean "no position". */
const NO_POSITION = 1n << 63n;

/**
 * The event store port over KurrentDB (EventStoreDB's successor) through `@kurrent/kurrentdb-client`.
 * Positions are KurrentDB commit positions; see kurrentdb-mapping.ts for why that is sound.
 * Idempotency is the server's: re-appending the same event ids with the same expected revision
 * returns the first outcome; with 'any' the server guarantees it only while the ids are in its cache.
 * A retry that repeats only part of an earlier batch is refused as a WrongExpectedRevisionError.
 */
export class KurrentDbEventStore implements EventStore {
  constructor(private readonly client: KurrentDBClient) {}

  /** e.g. `kurrentdb://localhost:2113?tls=false` (the older `esdb://` scheme works too). */
  static connect(connectionString: string): KurrentDbEventStore {
    return new KurrentDbEventStore(KurrentDBClient.connectionString(connectionString));
  }

  async append(stream: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    let result;
    try {
      result = await this.client.appendToStream(stream, events.map(toEventData), {
        streamState: toStreamState(expected),
      });
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        throw new WrongExpectedRevisionError(stream, expected, error.actualState);
      }
      throw error;
    }
    if (events.length === 0) {
      // Nothing was written: report the stream's revision and the head, as the other adapters do.
      const [lastEvent] = await this.readStream(stream, { direction: 'backwards', maxCount: 1 });
      return { nextRevision: lastEvent?.revision ?? -1n, position: await this.headPosition() };
    }
    const nextRevision = result.nextExpectedRevision;
    // The server answers with the last event's position; a replayed (idempotent) append may come
    // back without one when the server could not look it up, so read it then.
    let position = result.position?.commit;
    if (position === undefined || position < 0n || position >= NO_POSITION) {
      const [lastEvent] = await this.readStream(stream, { fromRevision: nextRevision, maxCount: 1 });
      if (!lastEvent) throw new Error(`Append to ${stream} succeeded but revision ${nextRevision} cannot be read`);
      position = lastEvent.position;
    }
    return { nextRevision, position };
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (options.maxCount === 0) return [];
    const backwards = options.direction === 'backwards';
    const events: RecordedEvent[] = [];
    try {
      const reader = this.client.readStream(stream, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.fromRevision ?? (backwards ? END : START),
        ...(options.maxCount !== undefined && { maxCount: options.maxCount }),
      });
      for await (const resolved of reader) {
        const event = toRecorded(resolved);
        if (event) events.push(event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  /**
   * Reads pages with the server-side part of the filter and keeps what passes the whole filter,
   * until maxCount events match or the log ends.
   */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const maxCount = options.maxCount ?? DEFAULT_READ_ALL_COUNT;
    const filter = toServerFilter(options.filter);
    const matched: RecordedEvent[] = [];
    let after = options.after;
    while (matched.length < maxCount) {
      // The start position is inclusive: one more than needed covers the event at `after`.
      const pageSize = Math.min(Math.max(maxCount - matched.length, 64), DEFAULT_READ_ALL_COUNT) + 1;
      let received = 0;
      for await (const resolved of this.client.readAll({
        fromPosition: fromPosition(after),
        maxCount: pageSize,
        filter,
      })) {
        received++;
        const event = toRecorded(resolved);
        if (!event || (after !== undefined && event.position <= after)) continue;
        after = event.position;
        if (!isSystemEvent(event) && matchesFilter(options.filter, event)) matched.push(event);
        if (matched.length === maxCount) break;
      }
      if (received < pageSize) break;
    }
    return matched;
  }

  async headPosition(): Promise<bigint> {
    const reader = this.client.readAll({
      direction: BACKWARDS,
      fromPosition: END,
      maxCount: 1,
      filter: excludeSystemEvents(),
    });
    for await (const resolved of reader) {
      const event = toRecorded(resolved);
      if (event) return event.position;
    }
    return 0n;
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const { after, filter } = options;
    return new KurrentDbSubscription(
      (onCheckpoint) =>
        this.client.subscribeToAll({
          fromPosition: fromPosition(after),
          // checkpointInterval multiplies the server's search window (32 events considered).
          filter: toServerFilter(filter, {
            checkpointInterval: 1,
            checkpointReached: (_, position) => onCheckpoint(position),
          }),
        }),
      { after, filter, batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE },
      (base) => this.settleCaughtUp(base, options),
    );
  }

  /**
   * The server's caught-up position stops at the last event it delivered, even when filtered-out
   * events follow. Like the SQLite adapter, read the head first, then look for a matching event
   * between the two: if there is none, everything up to the head has been seen.
   */
  private async settleCaughtUp(base: bigint, { filter }: SubscribeOptions): Promise<bigint> {
    const head = await this.headPosition();
    if (head <= base) return base;
    const [next] = await this.readAll({ after: base < 0n ? undefined : base, maxCount: 1, filter });
    return next && next.position <= head ? base : head;
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}
