import type { AllFilter, RecordedEvent } from '../event-store.port';
import { type EventRow, toRecorded } from './sqlite-schema';

/** A filter as a test on one row: a Set for the types, as the page query's `IN`; empty lists filter nothing. */
export type RowTest = (row: Pick<EventRow, 'type' | 'stream'>) => boolean;

export function rowTest(filter: AllFilter | undefined): RowTest {
  const types = filter?.eventTypes?.length ? new Set(filter.eventTypes) : undefined;
  const prefixes = filter?.streamPrefixes?.length ? filter.streamPrefixes : undefined;
  if (!types && !prefixes) return () => true;
  return (row) =>
    (types === undefined || types.has(row.type)) &&
    (prefixes === undefined || prefixes.some((prefix) => row.stream.startsWith(prefix)));
}

type Entry = { row: EventRow; recorded?: RecordedEvent };

/**
 * The last events this connection appended, kept as the rows it wrote, so that the subscriptions
 * of this process read a page of them without a query and without parsing it once each: every
 * in-process subscription wakes after an append, and most of them only learn that nothing of
 * theirs was written. Each event is parsed once, on the first read that wants it, and the same
 * object is handed to every reader (frozen under test, so a reader that changes one fails its
 * tests instead of changing it for the others).
 *
 * The window holds every event with a position in (`from`, `to`]: an append continues it only when
 * its first position follows `to` directly (nothing of another connection's lies between);
 * otherwise the window starts again at that append. Whether another connection wrote after `to`
 * is for the caller to know (SQLite's `data_version`).
 */
export class RecentAppends {
  private entries: Entry[] = [];
  private start = 0; // entries before it have been let go
  private from = -1n;
  private to = -1n;

  constructor(private readonly capacity = 4096) {}

  /** Rows one committed append wrote, in position order. */
  add(rows: readonly EventRow[]): void {
    if (rows.length === 0) return;
    if (rows[0].position !== this.to + 1n) {
      this.entries = [];
      this.start = 0;
      this.from = rows[0].position - 1n;
    }
    for (const row of rows) this.entries.push({ row });
    this.to = rows[rows.length - 1].position;
    const live = this.entries.length - this.start;
    if (live > this.capacity) {
      const drop = live - this.capacity;
      this.start += drop;
      this.from = this.entries[this.start - 1].row.position;
      if (this.start > this.capacity) {
        this.entries = this.entries.slice(this.start);
        this.start = 0;
      }
    }
  }

  /** The last position of the window; -1 when empty. */
  get last(): bigint {
    return this.to;
  }

  /**
   * The events after `after` that pass `test`, at most `limit`, and the position read up to;
   * undefined when `after` is outside the window (the caller reads the log instead).
   */
  page(after: bigint, limit: number, test: RowTest): { events: RecordedEvent[]; upTo: bigint } | undefined {
    if (this.to < 0n || after < this.from || after > this.to) return undefined;
    const events: RecordedEvent[] = [];
    // Positions in the window are increasing but may skip; start from the first one past `after`.
    let i = this.start + Math.max(0, Math.min(Number(after - this.from), this.entries.length - this.start) - 1);
    while (i > this.start && this.entries[i - 1].row.position > after) i--;
    while (i < this.entries.length && this.entries[i].row.position <= after) i++;
    for (; i < this.entries.length; i++) {
      const entry = this.entries[i];
      if (!test(entry.row)) continue;
      events.push((entry.recorded ??= parsed(entry.row)));
      if (events.length === limit) return { events, upTo: entry.row.position };
    }
    return { events, upTo: this.to };
  }

  clear(): void {
    this.entries = [];
    this.start = 0;
    this.from = -1n;
    this.to = -1n;
  }
}

const FREEZE_SHARED = process.env.NODE_ENV === 'test'; // read once: process.env is slow to read

function parsed(row: EventRow): RecordedEvent {
  const event = toRecorded(row);
  if (FREEZE_SHARED) deepFreeze(event);
  return event;
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
}
