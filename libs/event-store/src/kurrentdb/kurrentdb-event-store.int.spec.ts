import { randomUUID } from 'node:crypto';
import { eventStoreContract } from '../contract/event-store.contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';

// Needs a running server, e.g. `docker compose up -d kurrentdb` then
// EVENTSTORE_URL='kurrentdb://localhost:2113?tls=false' npx jest --selectProjects integration --testPathPatterns libs/event-store
const url = process.env.EVENTSTORE_URL;

if (url) {
  eventStoreContract('KurrentDB', async () => KurrentDbEventStore.connect(url));

  describe('KurrentDB event store specifics', () => {
    it('keeps an event id that is not a UUID, and stays idempotent with it', async () => {
      const store = KurrentDbEventStore.connect(url);
      const stream = `kdb_specific-${randomUUID()}`;
      const meta = {
        correlationId: 'c',
        causationId: 'c',
        actor: 'a',
        schemaVersion: 1,
        occurredAt: '2030-01-01T00:00:00Z',
      };
      const events = [{ id: `order-42-${stream}`, type: 'Placed', data: { n: 1 }, metadata: meta }];
      const first = await store.append(stream, events, 'no_stream');
      await expect(store.append(stream, events, 'no_stream')).resolves.toEqual(first);
      const [read] = await store.readStream(stream);
      expect(read).toMatchObject({ id: events[0].id, metadata: meta });
      await store.close();
    });
  });
} else {
  const notice =
    'SKIPPED: KurrentDB event store contract — set EVENTSTORE_URL=kurrentdb://localhost:2113?tls=false to run it against a server (docker compose up -d kurrentdb)';
  console.warn(notice);
  // Jest drops the console output of a fully skipped file when it runs several, so say it on stderr too.
  process.stderr.write(`${notice}\n`);
  describe('EventStore contract: KurrentDB', () => {
    it.skip('runs when EVENTSTORE_URL is set', () => undefined);
  });
}
