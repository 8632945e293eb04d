import type { AllStreamResolvedEvent, AllStreamSubscription, CaughtUp, Position } from '@kurrent/kurrentdb-client';
import {
  type AllFilter,
  matchesFilter,
  type RecordedEvent,
  type Subscription,
  type SubscriptionMessage,
} from '../event-store.port';
import { isSystemEvent, toRecorded } from './kurrentdb-mapping';

/** Opens the client's subscription; checkpoints arrive through the filter's callback. */
export type OpenSource = (onCheckpoint: (position: Position) => void) => AllStreamSubscription;
/** From the position the server reports on catching up, how far the subscription may claim to have seen. */
export type SettleCaughtUp = (position: bigint) => Promise<bigint>;

export type KurrentDbSubscriptionOptions = Readonly<{ after?: bigint; filter?: AllFilter; batchSize: number }>;

type Entry =
  | { kind: 'event'; event: RecordedEvent }
  | { kind: 'checkpoint'; position: bigint }
  | { kind: 'caught-up'; position: Promise<bigint> };

/**
 * Adapts the client's catch-up subscription (a Readable of events, plus `caughtUp` events and a
 * checkpoint callback fired while its transform runs) to the port's ordered messages. The client
 * emits `caughtUp` and checkpoints at once, while events it pushed earlier may still sit in the
 * Readable's buffer; so before queueing a marker the buffer is drained into the same queue, which
 * keeps log order. Events are otherwise read only as the consumer asks (the Readable's
 * backpressure reaches the gRPC stream).
 */
export class KurrentDbSubscription implements Subscription {
  private readonly source: AllStreamSubscription;
  private readonly queue: Entry[] = [];
  /** Highest position the source has shown, including events dropped here. */
  private seen: bigint;
  private wake: (() => void) | null = null;
  private failure: unknown = null;
  private ended = false;
  private closed = false;

  constructor(
    open: OpenSource,
    private readonly options: KurrentDbSubscriptionOptions,
    settle: SettleCaughtUp,
  ) {
    this.seen = options.after ?? -1n;
    this.source = open((position) => {
      this.drain();
      this.note(position.commit);
      this.queue.push({ kind: 'checkpoint', position: position.commit });
      this.signal();
    });
    this.source.on('readable', () => this.signal());
    this.source.on('caughtUp', (info: CaughtUp) => {
      this.drain();
      if (info.position) this.note(info.position.commit);
      const base = this.seen;
      this.queue.push({ kind: 'caught-up', position: settle(base).catch(() => base) });
      this.signal();
    });
    this.source.on('error', (error: unknown) => {
      this.failure = error;
      this.signal();
    });
    const end = () => {
      this.ended = true;
      this.signal();
    };
    this.source.on('end', end);
    this.source.on('close', end);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage> {
    // Last position handed to the consumer: what is delivered after it must lie beyond it.
    let last = this.options.after ?? -1n;
    try {
      while (!this.closed) {
        if (this.failure) throw this.failure;
        const events: RecordedEvent[] = [];
        while (events.length < this.options.batchSize) {
          if (this.queue.length === 0 && !this.pull()) break;
          const head = this.queue[0];
          if (!head) continue;
          if (head.kind !== 'event') break;
          this.queue.shift();
          if (head.event.position > last) {
            events.push(head.event);
            last = head.event.position;
          }
        }
        if (events.length > 0) {
          yield { kind: 'events', events };
          continue;
        }
        const marker = this.queue.shift();
        if (marker?.kind === 'checkpoint') {
          if (marker.position > last) {
            last = marker.position;
            yield { kind: 'checkpoint', position: last };
          }
        } else if (marker?.kind === 'caught-up') {
          const settled = await marker.position;
          last = [settled, last, 0n].reduce((a, b) => (a > b ? a : b));
          yield { kind: 'caught-up', position: last };
        } else if (this.ended) {
          if (this.failure) throw this.failure;
          return;
        } else {
          await new Promise<void>((resolve) => (this.wake = resolve));
        }
      }
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.signal();
    await this.source.unsubscribe().catch(() => undefined);
  }

  /** Moves one item from the Readable into the queue; false when its buffer is empty. */
  private pull(): boolean {
    const resolved = this.source.read() as AllStreamResolvedEvent | null;
    if (resolved === null) return false;
    this.accept(resolved);
    return true;
  }

  private drain(): void {
    while (this.pull());
  }

  private accept(resolved: AllStreamResolvedEvent): void {
    const event = toRecorded(resolved);
    if (!event) return;
    this.note(event.position);
    const wanted =
      event.position > (this.options.after ?? -1n) &&
      !isSystemEvent(event) &&
      matchesFilter(this.options.filter, event);
    if (wanted) this.queue.push({ kind: 'event', event });
  }

  private note(position: bigint): void {
    if (position > this.seen) this.seen = position;
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
