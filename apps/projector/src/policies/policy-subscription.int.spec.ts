import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { type RecordedEvent, SqliteEventStore } from '@booking/event-store';
import { CHECKPOINTS } from '@booking/projections';
import { MemoryReadStore } from '@booking/read-store';
import { PolicySubscription } from './policy-subscription';

/** Polls until `check` holds (no fixed sleep), failing after a few seconds. */
async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('PolicySubscription: the feed every policy runs on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-feed-'));
  const store = new SqliteEventStore({ path: join(dir, 'log.db') });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const append = (type: string) =>
    store.append(
      `test-${randomUUID()}`,
      [
        {
          id: randomUUID(),
          type,
          data: {},
          metadata: { correlationId: 'c', causationId: 'c', actor: 'a', schemaVersion: 1, occurredAt: '' },
        },
      ],
      'any',
    );

  it('feeds its event types after its checkpoint, stores the checkpoint, and retries a failure from it', async () => {
    const readStore = new MemoryReadStore();
    const first = await append('Heard');
    await readStore
      .collection(CHECKPOINTS)
      .replaceOne({ _id: 'policy:test' }, { _id: 'policy:test', position: Number(first.position) }, { upsert: true });
    const seen: RecordedEvent[] = [];
    let failures = 1;
    const logger = new Logger('test');
    const logged = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    const feed = new PolicySubscription(store, readStore, {
      id: 'policy:test',
      eventTypes: ['Heard'],
      logger,
      retryAfterMs: 10,
      handle: async (event) => {
        if (failures-- > 0) throw new Error('mail server down');
        seen.push(event);
      },
    });
    await feed.start();
    await append('Ignored');
    const second = await append('Heard');
    await until(() => seen.length === 1);
    expect(seen[0].position).toBe(second.position); // not the one before the checkpoint, nor the other type
    expect(logged).toHaveBeenCalledWith(expect.anything(), 'policy:test failed; retrying from its checkpoint');
    const checkpoint = () => readStore.collection(CHECKPOINTS).findOne({ _id: 'policy:test' });
    await until(async () => (await checkpoint())?.position === Number(second.position));
    await feed.close();
  });

  it('moves its checkpoint past events it does not hear, so a restart does not read them again', async () => {
    const readStore = new MemoryReadStore();
    const feed = new PolicySubscription(store, readStore, {
      id: 'policy:rare',
      eventTypes: ['Rare'],
      logger: new Logger('test'),
      handle: async () => undefined,
    });
    await feed.start();
    await append('Common');
    const last = await append('Common');
    const checkpoint = () => readStore.collection(CHECKPOINTS).findOne({ _id: 'policy:rare' });
    await until(async () => (await checkpoint())?.position === Number(last.position));
    await feed.close();
  });
});
