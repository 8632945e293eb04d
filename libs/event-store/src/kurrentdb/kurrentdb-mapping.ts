import { createHash } from 'node:crypto';
import {
  ANY,
  type AllStreamResolvedEvent,
  type AppendStreamState,
  eventTypeFilter,
  excludeSystemEvents,
  type Filter,
  jsonEvent,
  type JSONType,
  NO_STREAM,
  type Position,
  type ResolvedEvent,
  START,
  STREAM_EXISTS,
  streamNameFilter,
} from '@kurrent/kurrentdb-client';
import type { AllFilter, EventMetadata, EventToAppend, ExpectedRevision, RecordedEvent } from '../event-store.port';

/*
 * How positions map. KurrentDB addresses the log with a pair {commit, prepare}. Every append over
 * gRPC writes one prepare record per event, each flagged as committed on its own, so an event's
 * commit and prepare positions are both its own log position: they differ per event and grow with
 * the log, also for the events of one batch (the assumption this adapter rests on; only the old
 * TCP explicit transactions shared a commit position, and KurrentDB no longer offers them).
 * The port's bigint position is therefore the commit position, and a bigint p goes back to the
 * client as {commit: p, prepare: p}. Reads from a position are inclusive in KurrentDB, so the
 * adapter drops events at or before `after` itself. Checkpoints the server sends while catching up
 * may be {p, 0} (the start of a page it has fully considered); reading their commit part as p is
 * safe, because the record at p was already delivered or filtered out.
 */
export const toClientPosition = (position: bigint): Position => ({ commit: position, prepare: position });

export const fromPosition = (after: bigint | undefined): Position | typeof START =>
  after === undefined ? START : toClientPosition(after);

export function toStreamState(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return expected;
  }
}

const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Metadata key holding an event id that is not a canonical UUID (KurrentDB ids must be UUIDs). */
const ORIGINAL_ID = '$eventId';

/** The same id always maps to the same UUID (name-based, SHA-1), so retried appends stay idempotent. */
export function toKurrentId(id: string): string {
  if (CANONICAL_UUID.test(id)) return id;
  const hash = createHash('sha1').update('booking-event-id:').update(id).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function toEventData(event: EventToAppend) {
  const id = toKurrentId(event.id);
  const metadata = id === event.id ? event.metadata : { ...event.metadata, [ORIGINAL_ID]: event.id };
  return jsonEvent({ id, type: event.type, data: event.data as JSONType, metadata: metadata as JSONType });
}

export const isSystemEvent = (event: Pick<RecordedEvent, 'type' | 'stream'>): boolean =>
  event.type.startsWith('$') || event.stream.startsWith('$');

/** Null for links whose target is gone; throws on a server too old to report positions. */
export function toRecorded(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | null {
  const event = resolved.event;
  if (!event) return null;
  const position = event.position?.commit ?? resolved.commitPosition;
  if (position === undefined) {
    throw new Error(`KurrentDB returned event ${event.id} without a position (needs server 22.6 or later)`);
  }
  const data = event.isJson ? event.data : parseBinary(event.data as Uint8Array);
  const { [ORIGINAL_ID]: originalId, ...metadata } = (parseMaybeBinary(event.metadata) ?? {}) as Record<
    string,
    unknown
  >;
  return {
    id: typeof originalId === 'string' ? originalId : event.id,
    type: event.type,
    data,
    metadata: metadata as EventMetadata,
    stream: event.streamId,
    revision: event.revision,
    position,
  };
}

function parseMaybeBinary(value: unknown): unknown {
  return value instanceof Uint8Array ? parseBinary(value) : value;
}

function parseBinary(bytes: Uint8Array): unknown {
  const text = Buffer.from(bytes).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A server-side filter narrows on one field only (stream name or event type), so the port's
 * filter is split: stream prefixes go to the server when given (usually the more selective),
 * otherwise exact event types as an anchored regex, otherwise system events are excluded. The
 * adapter always re-checks the whole filter on the client.
 */
export type FilterExtras = Pick<Filter, 'checkpointReached' | 'maxSearchWindow'> & { checkpointInterval?: number };

export function toServerFilter(filter: AllFilter | undefined, extra: FilterExtras = {}): Filter {
  if (filter?.streamPrefixes) return streamNameFilter({ prefixes: [...filter.streamPrefixes], ...extra });
  if (filter?.eventTypes) {
    const regex = `^(?:${filter.eventTypes.map(escapeRegex).join('|')})$`;
    return eventTypeFilter({ regex, ...extra });
  }
  return excludeSystemEvents(extra);
}
