import { Transform, type TransformCallback } from 'node:stream';
import type { AllStreamResolvedEvent, AllStreamSubscription, CaughtUp, Position } from '@kurrent/kurrentdb-client';
import type { SubscriptionMessage } from '../event-store.port';
import { KurrentDbSubscription, type KurrentDbSubscriptionOptions } from './kurrentdb-subscription';

/*
 * Not the adapter's test (that is the contract suite against a real server): this checks the
 * message ordering logic against a stand-in that behaves like the client's Subscription class —
 * a Transform that pushes events into its Readable buffer but fires `caughtUp` and checkpoints
 * at once, while earlier events may still be buffered.
 */
type Frame = { event: [string, string, bigint] } | { caughtUp: bigint } | { checkpoint: bigint };

class FakeSource extends Transform {
  unsubscribed = false;
  constructor(private readonly onCheckpoint: (position: Position) => void) {
    super({ objectMode: true });
  }
  override _transform(frame: Frame, _: BufferEncoding, next: TransformCallback): void {
    if ('caughtUp' in frame) {
      const info: CaughtUp = { position: { commit: frame.caughtUp, prepare: frame.caughtUp } };
      this.emit('caughtUp', info);
      return next();
    }
    if ('checkpoint' in frame) {
      this.onCheckpoint({ commit: frame.checkpoint, prepare: 0n });
      return next();
    }
    const [stream, type, position] = frame.event;
    const resolved: AllStreamResolvedEvent = {
      event: {
        streamId: stream,
        id: `id-${position}`,
        isJson: true,
        revision: 0n,
        type,
        created: new Date(0),
        data: {},
        metadata: { actor: 'a' },
        position: { commit: position, prepare: position },
      },
      commitPosition: position,
    };
    next(null, resolved);
  }
  async unsubscribe(): Promise<void> {
    this.unsubscribed = true;
    this.end();
  }
}

function subscribe(options: KurrentDbSubscriptionOptions, settle = async (p: bigint) => p) {
  let source!: FakeSource;
  const subscription = new KurrentDbSubscription(
    (onCheckpoint) => (source = new FakeSource(onCheckpoint)) as unknown as AllStreamSubscription,
    options,
    settle,
  );
  return { subscription, source };
}

const ev = (position: number, stream = 's-1', type = 'T'): Frame => ({ event: [stream, type, BigInt(position)] });

async function collect(subscription: KurrentDbSubscription, until: (m: SubscriptionMessage) => boolean) {
  const messages: string[] = [];
  for await (const m of subscription) {
    messages.push(
      m.kind === 'events' ? `events:${m.events.map((e) => e.position).join(',')}` : `${m.kind}:${m.position}`,
    );
    if (until(m)) break;
  }
  return messages;
}

describe('KurrentDbSubscription (message ordering over a stand-in client stream)', () => {
  it('delivers buffered events before a caught-up marker fired while they were still buffered', async () => {
    const { subscription, source } = subscribe({ batchSize: 2 });
    [ev(10), ev(20), ev(30), { caughtUp: 30n }, ev(40)].forEach((f) => source.write(f));
    const messages = await collect(
      subscription,
      (m) => m.kind === 'events' && m.events.some((e) => e.position === 40n),
    );
    expect(messages).toEqual(['events:10,20', 'events:30', 'caught-up:30', 'events:40']);
    expect(source.unsubscribed).toBe(true);
  });

  it('drops events at or before `after`, system events and events outside the filter', async () => {
    const { subscription, source } = subscribe({ after: 20n, batchSize: 10, filter: { eventTypes: ['T'] } });
    [ev(20), ev(25, '$stats-1', '$statsCollected'), ev(30, 's-1', 'Other'), ev(40), { caughtUp: 40n }].forEach((f) =>
      source.write(f),
    );
    expect(await collect(subscription, (m) => m.kind === 'caught-up')).toEqual(['events:40', 'caught-up:40']);
  });

  it('passes on only checkpoints that move past what was delivered', async () => {
    const { subscription, source } = subscribe({ batchSize: 10 });
    [ev(10), { checkpoint: 10n }, { checkpoint: 50n }, { caughtUp: 50n }].forEach((f) => source.write(f));
    expect(await collect(subscription, (m) => m.kind === 'caught-up')).toEqual([
      'events:10',
      'checkpoint:50',
      'caught-up:50',
    ]);
  });

  it('lets the caught-up position move to the head that settle proves was seen', async () => {
    const settle = jest.fn(async () => 90n);
    const { subscription, source } = subscribe({ batchSize: 10 }, settle);
    [ev(10), { caughtUp: 10n }].forEach((f) => source.write(f));
    expect(await collect(subscription, (m) => m.kind === 'caught-up')).toEqual(['events:10', 'caught-up:90']);
    expect(settle).toHaveBeenCalledWith(10n);
  });

  it('ends when closed while waiting, and surfaces stream errors', async () => {
    const open = subscribe({ batchSize: 10 });
    const consumer = collect(open.subscription, () => false);
    await new Promise((r) => setImmediate(r));
    await open.subscription.close();
    await expect(consumer).resolves.toEqual([]);

    const failing = subscribe({ batchSize: 10 });
    const failed = collect(failing.subscription, () => false);
    failing.source.destroy(new Error('connection lost'));
    await expect(failed).rejects.toThrow('connection lost');
  });
});
