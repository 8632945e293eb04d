import { randomUUID } from 'node:crypto';
import {
  type EventStore,
  type EventToAppend,
  type RecordedEvent,
  type SubscriptionMessage,
  WrongExpectedRevisionError,
} from '../event-store.port';

/**
 * The behaviour every EventStore adapter must show. Streams are named under a per-run prefix,
 * so the suite also runs against a shared server that already holds other data.
 */
export function eventStoreContract(name: string, open: () => Promise<EventStore>): void {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;
    const run = `t${randomUUID().slice(0, 8)}`;
    const stream = (label: string) => `${run}_${label}-${randomUUID().slice(0, 8)}`;

    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('appends to a new stream with no_stream and starts revisions at 0', async () => {
      const s = stream('new');
      const result = await store.append(s, [event('A'), event('B')], 'no_stream');
      expect(result.nextRevision).toBe(1n);
      const read = await store.readStream(s);
      expect(read.map((e) => [e.type, e.revision])).toEqual([
        ['A', 0n],
        ['B', 1n],
      ]);
      expect(read[1].position).toBe(result.position);
      expect(read[0].position < read[1].position).toBe(true);
    });

    it('keeps data and metadata as written', async () => {
      const s = stream('data');
      const written = event('Typed', { nested: { n: 1, list: ['x'] }, text: 'é ✓' });
      await store.append(s, [written], 'no_stream');
      const [read] = await store.readStream(s);
      expect(read).toMatchObject({
        id: written.id,
        type: 'Typed',
        data: written.data,
        metadata: written.metadata,
        stream: s,
      });
    });

    it('refuses no_stream on an existing stream and appends nothing', async () => {
      const s = stream('exists');
      await store.append(s, [event('A')], 'no_stream');
      await expect(store.append(s, [event('B')], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      expect(await store.readStream(s)).toHaveLength(1);
    });

    it('checks stream_exists', async () => {
      const s = stream('se');
      await expect(store.append(s, [event('A')], 'stream_exists')).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      await store.append(s, [event('A')], 'any');
      await expect(store.append(s, [event('B')], 'stream_exists')).resolves.toMatchObject({ nextRevision: 1n });
    });

    it('checks an exact expected revision and reports the actual one', async () => {
      const s = stream('exact');
      await store.append(s, [event('A'), event('B')], 'no_stream');
      const error = await store.append(s, [event('C')], 0n).catch((e) => e);
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error.actual).toBe(1n);
      await expect(store.append(s, [event('C')], 1n)).resolves.toMatchObject({ nextRevision: 2n });
      expect(await store.readStream(s)).toHaveLength(3);
    });

    it('appends with any whatever the stream state', async () => {
      const s = stream('any');
      await store.append(s, [event('A')], 'any');
      await store.append(s, [event('B')], 'any');
      expect((await store.readStream(s)).map((e) => e.type)).toEqual(['A', 'B']);
    });

    it('is idempotent when the same event ids are appended again', async () => {
      const s = stream('idem');
      const batch = [event('A'), event('B')];
      const first = await store.append(s, batch, 'no_stream');
      const second = await store.append(s, batch, 'no_stream');
      expect(second).toEqual(first);
      expect(await store.readStream(s)).toHaveLength(2);
    });

    it('repeats the first outcome when a batch comes again after the stream moved on', async () => {
      const s = stream('idem-later');
      const batch = [event('A'), event('B')];
      const first = await store.append(s, batch, 'no_stream');
      const next = [event('C')];
      const second = await store.append(s, next, 1n);
      await store.append(s, [event('D')], 2n);
      expect(await store.append(s, batch, 'no_stream')).toEqual(first);
      expect(await store.append(s, next, 1n)).toEqual(second);
      expect((await store.readStream(s)).map((e) => e.type)).toEqual(['A', 'B', 'C', 'D']);
    });

    it('reads a stream forwards and backwards from a revision with a limit', async () => {
      const s = stream('read');
      await store.append(
        s,
        ['A', 'B', 'C', 'D', 'E'].map((t) => event(t)),
        'no_stream',
      );
      const types = (events: RecordedEvent[]) => events.map((e) => e.type).join('');
      expect(types(await store.readStream(s, { fromRevision: 1n, maxCount: 2 }))).toBe('BC');
      expect(types(await store.readStream(s, { direction: 'backwards' }))).toBe('EDCBA');
      expect(types(await store.readStream(s, { direction: 'backwards', fromRevision: 3n, maxCount: 2 }))).toBe('DC');
      expect(await store.readStream(stream('missing'))).toEqual([]);
    });

    it('reads all events after a position, in order, with type and prefix filters', async () => {
      const a = stream('alpha');
      const b = stream('beta');
      const start = await store.headPosition();
      await store.append(a, [event('X'), event('Y')], 'no_stream');
      await store.append(b, [event('X'), event('Z')], 'no_stream');
      const mine = await store.readAll({ after: start, filter: { streamPrefixes: [`${run}_`] } });
      const positions = mine.map((e) => e.position);
      expect([...positions].sort((p, q) => (p < q ? -1 : 1))).toEqual(positions);
      expect(mine.filter((e) => e.stream === a || e.stream === b).map((e) => e.type)).toEqual(['X', 'Y', 'X', 'Z']);
      const xs = await store.readAll({ after: start, filter: { eventTypes: ['X'], streamPrefixes: [a, b] } });
      expect(xs.map((e) => e.stream)).toEqual([a, b]);
      const onlyB = await store.readAll({ after: start, filter: { streamPrefixes: [b] } });
      expect(onlyB.map((e) => e.type)).toEqual(['X', 'Z']);
      const afterFirst = await store.readAll({ after: mine[0].position, filter: { streamPrefixes: [a] } });
      expect(afterFirst.map((e) => e.type)).toEqual(['Y']);
      expect(await store.headPosition()).toBeGreaterThanOrEqual(mine[mine.length - 1].position);
    });

    it('lets exactly one of many concurrent appenders win each expected revision', async () => {
      const s = stream('race');
      await store.append(s, [event('Start')], 'no_stream');
      for (let revision = 0n; revision < 5n; revision++) {
        const attempts = await Promise.allSettled(
          Array.from({ length: 16 }, (_, i) => store.append(s, [event(`W${i}`)], revision)),
        );
        const won = attempts.filter((a) => a.status === 'fulfilled');
        const lost = attempts.filter((a) => a.status === 'rejected') as PromiseRejectedResult[];
        expect(won).toHaveLength(1);
        expect(lost.every((l) => l.reason instanceof WrongExpectedRevisionError)).toBe(true);
      }
      const events = await store.readStream(s);
      expect(events.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n, 4n, 5n]);
    });

    it('subscribes to $all from history into live with no gap and no duplicate', async () => {
      const s = stream('sub');
      const start = await store.headPosition();
      const historic = Array.from({ length: 60 }, (_, i) => event(`H${i}`));
      for (let i = 0; i < historic.length; i += 10) await store.append(s, historic.slice(i, i + 10), 'any');
      const subscription = store.subscribeToAll({ after: start, filter: { streamPrefixes: [s] }, batchSize: 7 });
      const live = Array.from({ length: 60 }, (_, i) => event(`L${i}`));
      const received: RecordedEvent[] = [];
      let caughtUp = 0;
      const appender = (async () => {
        for (let i = 0; i < live.length; i += 3) {
          await store.append(s, live.slice(i, i + 3), 'any');
          await new Promise((r) => setTimeout(r, 2));
        }
      })();
      for await (const message of subscription) {
        if (message.kind === 'events') received.push(...message.events);
        if (message.kind === 'caught-up') caughtUp++;
        if (received.length >= 120) break;
      }
      await appender;
      await subscription.close();
      expect(received.map((e) => e.id)).toEqual([...historic, ...live].map((e) => e.id));
      const positions = received.map((e) => e.position);
      expect(positions.every((p, i) => i === 0 || p > positions[i - 1])).toBe(true);
      expect(caughtUp).toBeGreaterThanOrEqual(1);
    });

    it('subscribes from a checkpoint and moves the checkpoint across filtered events', async () => {
      const s = stream('from');
      const other = stream('other');
      const start = await store.headPosition();
      const appended = await store.append(s, [event('A'), event('B'), event('C')], 'no_stream');
      const [first] = await store.readStream(s, { maxCount: 1 });
      await store.append(other, [event('Noise'), event('Noise')], 'no_stream');
      const subscription = store.subscribeToAll({ after: first.position, filter: { streamPrefixes: [s] } });
      const messages: SubscriptionMessage[] = [];
      for await (const message of subscription) {
        messages.push(message);
        if (message.kind === 'caught-up') break;
      }
      await subscription.close();
      const events = messages.flatMap((m) => (m.kind === 'events' ? m.events : []));
      expect(events.map((e) => e.type)).toEqual(['B', 'C']);
      const last = messages[messages.length - 1];
      expect(last.kind).toBe('caught-up');
      expect((last as { position: bigint }).position).toBeGreaterThan(appended.position);
      expect(start).toBeLessThan(appended.position);
    });
  });
}

function event(type: string, data: Record<string, unknown> = { at: type }): EventToAppend {
  const id = randomUUID();
  return {
    id,
    type,
    data,
    metadata: {
      correlationId: id,
      causationId: id,
      actor: 'contract-test',
      schemaVersion: 1,
      occurredAt: '2030-01-01T00:00:00.000Z',
    },
  };
}
