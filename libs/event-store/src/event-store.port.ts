/**
 * The event store port, with EventStoreDB's semantics so that every adapter behaves the same.
 * Positions and revisions are bigints: revisions count from 0 per stream, positions grow
 * strictly across the whole log (gaps allowed, never reordering).
 */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint;

export type EventMetadata = Readonly<{
  correlationId: string;
  causationId: string;
  /** User id of whoever caused the event, or `system:<process>` for policies. */
  actor: string;
  schemaVersion: number;
  occurredAt: string;
  [key: string]: unknown;
}>;

export type EventToAppend = Readonly<{
  id: string;
  type: string;
  data: unknown;
  metadata: EventMetadata;
}>;

export type RecordedEvent<Data = unknown> = Readonly<{
  id: string;
  type: string;
  data: Data;
  metadata: EventMetadata;
  stream: string;
  revision: bigint;
  position: bigint;
}>;

export type AppendResult = Readonly<{
  /** Revision of the last event in the stream after the append. */
  nextRevision: bigint;
  /** Global position of the last appended event. */
  position: bigint;
}>;

export type ReadStreamOptions = Readonly<{
  direction?: 'forwards' | 'backwards';
  /** Inclusive. Default: start (forwards) or end (backwards). */
  fromRevision?: bigint;
  maxCount?: number;
}>;

export type AllFilter = Readonly<{
  eventTypes?: readonly string[];
  streamPrefixes?: readonly string[];
}>;

export type ReadAllOptions = Readonly<{
  /** Exclusive: events after this position. Default: the start of the log. */
  after?: bigint;
  maxCount?: number;
  filter?: AllFilter;
}>;

export type SubscribeOptions = Readonly<{
  /** Exclusive checkpoint; undefined means from the start of the log. */
  after?: bigint;
  filter?: AllFilter;
  /** Largest batch delivered at once. */
  batchSize?: number;
}>;

/**
 * What a catch-up subscription delivers: batches of events in log order, `checkpoint` when a
 * filtered stretch moved the position without matching events, and `caught-up` each time it
 * reaches the head of the log (it then keeps delivering live events).
 */
export type SubscriptionMessage =
  | Readonly<{ kind: 'events'; events: readonly RecordedEvent[] }>
  | Readonly<{ kind: 'checkpoint'; position: bigint }>
  | Readonly<{ kind: 'caught-up'; position: bigint }>;

export interface Subscription extends AsyncIterable<SubscriptionMessage> {
  close(): Promise<void>;
}

export interface EventStore {
  append(stream: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult>;
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Position of the last event in the log (0n when empty). */
  headPosition(): Promise<bigint>;
  subscribeToAll(options?: SubscribeOptions): Subscription;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EventStore');

/** Thrown when the expected revision does not hold. */
export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: bigint | 'no_stream',
  ) {
    super(`Stream ${stream}: expected revision ${String(expected)}, actual ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** Thrown when a retried append reuses some event ids but not as the same batch. */
export class IdempotencyViolationError extends Error {
  constructor(
    readonly stream: string,
    message: string,
  ) {
    super(message);
    this.name = 'IdempotencyViolationError';
  }
}

export function matchesFilter(filter: AllFilter | undefined, event: Pick<RecordedEvent, 'type' | 'stream'>): boolean {
  if (!filter) return true;
  if (filter.eventTypes && !filter.eventTypes.includes(event.type)) return false;
  if (filter.streamPrefixes && !filter.streamPrefixes.some((p) => event.stream.startsWith(p))) return false;
  return true;
}
