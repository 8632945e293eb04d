import type { RecordedEvent } from '@booking/event-store';

/** The revisions one keyed command appended to a stream (its events are contiguous: one decision, one append). */
export type KeyedRange = Readonly<{ from: bigint; to: bigint }>;

/**
 * The Idempotency-Key tags seen in one stream. A command's events carry its tag in their metadata,
 * written in the same append as the events, so "this key already acted here" is as durable as the
 * action itself: a retry whose recorded response was lost (a crash between the append and the
 * record) finds the tag and gets the first outcome back instead of acting again.
 */
export class KeyedCommands {
  private readonly ranges = new Map<string, KeyedRange>();

  find(tag: string | undefined): KeyedRange | undefined {
    return tag === undefined ? undefined : this.ranges.get(tag);
  }

  add(tag: string | undefined, range: KeyedRange): void {
    if (tag !== undefined && !this.ranges.has(tag)) this.ranges.set(tag, range);
  }

  learn(recorded: readonly RecordedEvent[]): void {
    for (const event of recorded) {
      const tag = event.metadata.idempotencyTag;
      if (typeof tag !== 'string') continue;
      const known = this.ranges.get(tag);
      this.ranges.set(tag, { from: known?.from ?? event.revision, to: event.revision });
    }
  }

  clear(): void {
    this.ranges.clear();
  }
}
