import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreContract } from '../contract/event-store.contract';
import { SqliteEventStore } from './sqlite-event-store';

const dir = mkdtempSync(join(tmpdir(), 'es-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

eventStoreContract(
  'SQLite (file, WAL)',
  async () => new SqliteEventStore({ path: join(dir, `store-${++n}.db`), pollIntervalMs: 20 }),
);

describe('SQLite event store specifics', () => {
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
    const meta = {
      correlationId: 'c',
      causationId: 'c',
      actor: 'a',
      schemaVersion: 1,
      occurredAt: '2030-01-01T00:00:00Z',
    };
    await writer.append('s-1', [{ id: 'e1', type: 'One', data: {}, metadata: meta }], 'no_stream');
    await writer.append('s-1', [{ id: 'e2', type: 'Two', data: {}, metadata: meta }], 0n);
    await consumer;
    await subscription.close();
    expect(seen).toEqual(['One', 'Two']);
    await writer.close();
    await reader.close();
  });
});
