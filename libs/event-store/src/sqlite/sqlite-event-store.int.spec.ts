import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StatementSync } from 'node:sqlite';
import { eventStoreContract } from '../contract/event-store.contract';
import { SqliteEventStore } from './sqlite-event-store';

const dir = mkdtempSync(join(tmpdir(), 'es-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

eventStoreContract(
  'SQLite (file, WAL)',
  async () => new SqliteEventStore({ path: join(dir, `store-${++n}.db`), pollIntervalMs: 20 }),
);

const meta = { correlationId: 'c', causationId: 'c', actor: 'a', schemaVersion: 1, occurredAt: '2030-01-01T00:00:00Z' };

describe('SQLite event store specifics', () => {
  it('reads a long catch-up ahead on a second thread and delivers exactly what one thread reads', async () => {
    const path = join(dir, 'read-ahead.db');
    const writer = new SqliteEventStore({ path, readAhead: false });
    for (let stream = 0; stream < 30; stream++) {
      writer.appendSync(
        `s-${stream}`,
        Array.from({ length: 100 }, (_, i) => ({
          id: `e-${stream}-${i}`,
          type: i % 3 === 0 ? 'Skipped' : 'Kept',
          data: { stream, i, text: 'é ✓' },
          metadata: meta,
        })),
        'no_stream',
      );
    }
    const read = async (store: SqliteEventStore) => {
      const subscription = store.subscribeToAll({ filter: { eventTypes: ['Kept'] }, batchSize: 500 });
      const seen: unknown[] = [];
      for await (const message of subscription) {
        if (message.kind === 'events') seen.push(...message.events);
        if (message.kind === 'caught-up') break;
      }
      await subscription.close();
      return seen;
    };
    const ahead = new SqliteEventStore({ path }); // reads ahead by default
    const alone = new SqliteEventStore({ path, readAhead: false });
    const [withThread, withoutThread] = [await read(ahead), await read(alone)];
    expect(withoutThread).toHaveLength(1_980); // 66 of each stream's 100
    expect(withThread).toEqual(withoutThread);
    expect(withThread.map((e) => (e as { position: bigint }).position)).toEqual(
      [...withThread.map((e) => (e as { position: bigint }).position)].sort((a, b) => (a < b ? -1 : 1)),
    );
    await Promise.all([ahead.close(), alone.close(), writer.close()]);
  });

  it('checkpoints on a thread of its own: the appends reach the database file itself, not only the WAL', async () => {
    const path = join(dir, 'checkpoints.db');
    const store = new SqliteEventStore({ path });
    for (let i = 0; i < 600; i++)
      await store.append(`s-${i}`, [{ id: `c-${i}`, type: 'Kept', data: { i }, metadata: meta }], 'no_stream');
    await store.checkpoint();

    const { count, last } = store.checkpoints!;
    expect(count).toBeGreaterThanOrEqual(1);
    expect(last!.busy).toBe(0);
    expect(last!.checkpointed).toBe(last!.log); // every frame of the WAL copied into the file
    // The database file alone, without its WAL, holds every event: the checkpoint wrote them there.
    const copy = join(dir, 'checkpoints-copy.db');
    copyFileSync(path, copy);
    expect(existsSync(`${copy}-wal`)).toBe(false);
    const fileOnly = new SqliteEventStore({ path: copy, readAhead: false, backgroundCheckpoints: false });
    expect(await fileOnly.headPosition()).toBe(600n);
    expect((await fileOnly.readStream('s-599'))[0]!.data).toEqual({ i: 599 });
    await Promise.all([fileOnly.close(), store.close()]);
  });

  it('leaves checkpoints to SQLite when asked to, and has no background ones to report', async () => {
    const store = new SqliteEventStore({ path: join(dir, 'automatic.db'), backgroundCheckpoints: false });
    await store.append('s-1', [{ id: 'a-1', type: 'Kept', data: {}, metadata: meta }], 'no_stream');
    await store.checkpoint(); // nothing to wait for

    expect(store.checkpoints).toBeUndefined();
    await store.close();
  });

  it("answers a read past its own last write without a query, and still sees another connection's appends", async () => {
    const path = join(dir, 'own-writes.db');
    const mine = new SqliteEventStore({ path, readAhead: false });
    const other = new SqliteEventStore({ path, readAhead: false });
    await mine.append('hot', [{ id: 'h-0', type: 'One', data: {}, metadata: meta }], 'no_stream');
    await mine.append('hot', [{ id: 'h-1', type: 'Two', data: {}, metadata: meta }], 0n);
    const queries = jest.spyOn(StatementSync.prototype, 'all');
    const reads: { ids: string[]; queried: boolean }[] = [];
    const read = async (from: bigint) => {
      queries.mockClear();
      const ids = (await mine.readStream('hot', { fromRevision: from })).map((e) => e.id);
      reads.push({ ids, queried: queries.mock.calls.length > 0 });
    };

    await read(2n); // nothing after this connection's own last write: no query
    await read(1n); // from a revision it wrote: read as usual
    await other.append('hot', [{ id: 'h-2', type: 'Three', data: {}, metadata: meta }], 1n);
    await read(2n); // another connection appended: read, and found
    await mine.append('hot', [{ id: 'h-3', type: 'Four', data: {}, metadata: meta }], 2n);
    await read(4n); // its own write again: no query

    expect(reads).toEqual([
      { ids: [], queried: false },
      { ids: ['h-1'], queried: true },
      { ids: ['h-2'], queried: true },
      { ids: [], queried: false },
    ]);
    queries.mockRestore();
    await Promise.all([mine.close(), other.close()]);
  });

  it("reads its own recent appends from memory, and reads another connection's from the log", async () => {
    const path = join(dir, 'recent.db');
    const mine = new SqliteEventStore({ path, readAhead: false });
    const other = new SqliteEventStore({ path, readAhead: false });
    const event = (id: string, type = 'Kept') => ({ id, type, data: { id, nested: { list: [1, 2] } }, metadata: meta });
    await mine.append('a', [event('a-0'), event('a-1', 'Skipped')], 'no_stream');
    const start = await mine.headPosition();
    await mine.append('a', [event('a-2')], 1n);
    await mine.append('b', [event('b-0'), event('b-1')], 'no_stream');
    const queries = jest.spyOn(StatementSync.prototype, 'all');
    const page = async (store: SqliteEventStore, after: bigint, maxCount = 100) => {
      queries.mockClear();
      const events = await store.readAll({ after, maxCount, filter: { eventTypes: ['Kept'] } });
      return { ids: events.map((e) => e.id), queried: queries.mock.calls.length > 0, events };
    };

    const fromMemory = await page(mine, start);
    const fromLog = await page(other, start);
    expect(fromMemory).toMatchObject({ ids: ['a-2', 'b-0', 'b-1'], queried: false });
    expect(fromLog).toMatchObject({ ids: ['a-2', 'b-0', 'b-1'], queried: true });
    expect(fromMemory.events).toEqual(fromLog.events); // the same events, positions and revisions
    expect(Object.isFrozen(fromMemory.events[0].data)).toBe(true); // shared between readers: frozen under test
    expect((await page(mine, start, 2)).ids).toEqual(['a-2', 'b-0']);

    // Another connection appends between two of this one's: read from the log until this one appends again.
    await other.append('c', [event('c-0')], 'no_stream');
    expect(await page(mine, start)).toMatchObject({ ids: ['a-2', 'b-0', 'b-1', 'c-0'], queried: true });
    const beforeMine = await mine.headPosition();
    await mine.append('d', [event('d-0')], 'no_stream');
    expect(await page(mine, beforeMine)).toMatchObject({ ids: ['d-0'], queried: false });
    expect(await page(mine, start)).toMatchObject({ ids: ['a-2', 'b-0', 'b-1', 'c-0', 'd-0'], queried: true }); // before the window

    // A live subscription gets every event once, whichever connection wrote it.
    const subscription = mine.subscribeToAll({ after: start, filter: { eventTypes: ['Kept'] } });
    const seen: string[] = [];
    const done = (async () => {
      for await (const message of subscription) {
        if (message.kind === 'events') seen.push(...message.events.map((e) => e.id));
        if (seen.length >= 8) break;
      }
    })();
    await mine.append('d', [event('d-1'), event('d-2', 'Skipped')], 0n);
    await other.append('c', [event('c-1')], 0n);
    await mine.append('d', [event('d-3')], 2n);
    await done;
    await subscription.close();
    expect(seen).toEqual(['a-2', 'b-0', 'b-1', 'c-0', 'd-0', 'd-1', 'c-1', 'd-3']);
    queries.mockRestore();
    await Promise.all([mine.close(), other.close()]);
  });

  it('sees appends made through another connection to the same file', async () => {
    const path = join(dir, 'shared.db');
    const writer = new SqliteEventStore({ path });
    const reader = new SqliteEventStore({ path, pollIntervalMs: 10 });
    const subscription = reader.subscribeToAll();
    const seen: string[] = [];
    const consumer = (async () => {
      for await (const m of subscription) {
        if (m.kind === 'events') seen.push(...m.events.map((e) => e.type));
        if (seen.length === 2) break;
      }
    })();
    await writer.append('s-1', [{ id: 'e1', type: 'One', data: {}, metadata: meta }], 'no_stream');
    await writer.append('s-1', [{ id: 'e2', type: 'Two', data: {}, metadata: meta }], 0n);
    await consumer;
    await subscription.close();
    expect(seen).toEqual(['One', 'Two']);
    await writer.close();
    await reader.close();
  });
});
