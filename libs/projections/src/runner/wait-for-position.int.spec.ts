import { randomUUID } from 'node:crypto';
import { type EventToAppend, SqliteEventStore, withSkippedCheckpoints } from '@booking/event-store';
import { MemoryReadStore, type ReadStore } from '@booking/read-store';
import { ALL_PROJECTIONS } from '../read-models';
import { ProjectionRunner } from './projection-runner';
import { StoredDirectory } from './stored-directory';

const now = () => new Date('2030-01-01T00:00:00Z');
const event = (type: string, data: Record<string, unknown>): EventToAppend => ({
  id: randomUUID(),
  type,
  data,
  metadata: { correlationId: 'c', causationId: 'c', actor: 'test', schemaVersion: 1, occurredAt: now().toISOString() },
});

const opened = () => event('InventoryOpened', { eventId: randomUUID(), capacity: 10 });
const held = (eventId: string) =>
  event('SeatsHeld', { eventId, holdId: randomUUID(), holderId: 'u', quantity: 1, expiresAt: '2030-01-01T00:10:00Z' });
/** An event no projection reads (as AllowanceReserved or CommandResponseRecorded are). */
const unread = () => event('NothingAnyProjectionReads', {});

// A query naming a position waits until the projections it reads have passed it: their checkpoint
// reached it, or nothing of their types lies between the checkpoint and it.
describe('waiting for a position on a log whose subscriptions skip checkpoints', () => {
  let sqlite: SqliteEventStore;
  let log: ReturnType<typeof withSkippedCheckpoints<SqliteEventStore>>;
  let readStore: ReadStore;
  let runner: ProjectionRunner;
  let eventId: string;
  beforeEach(async () => {
    sqlite = new SqliteEventStore({ path: ':memory:', pollIntervalMs: 10 });
    log = withSkippedCheckpoints(sqlite); // like KurrentDB's filtered subscriptions
    readStore = new MemoryReadStore();
    const open = opened();
    eventId = (open.data as { eventId: string }).eventId;
    await sqlite.append(`inventory-${eventId}`, [open], 'no_stream');
    runner = new ProjectionRunner(log.store, readStore, ALL_PROJECTIONS, { now });
    await runner.start();
    await runner.ready();
  });
  afterEach(async () => {
    log.resume();
    await runner.stop();
    await sqlite.close();
  });

  it('passes a position whose events no projection reads, at once', async () => {
    const { position } = await sqlite.append('elsewhere-1', [unread()], 'no_stream');
    expect(runner.positionNow()).toBeLessThan(position); // no checkpoint came for it
    expect(await runner.waitFor(position, 3000)).toBe(true);
    expect(await runner.waitFor(position, 3000, ['holds'])).toBe(true);
  });

  it('does not pass a position beyond the head of the log, even with nothing of its types before it', async () => {
    const { position } = await sqlite.append('elsewhere-1', [unread()], 'no_stream');
    expect(await runner.waitFor(position + 1000n, 200)).toBe(false);
    expect(await runner.waitFor(position + 1000n, 200, ['accounts'])).toBe(false);
    const stored = new StoredDirectory(readStore, log.store, ALL_PROJECTIONS, 0);
    expect(await stored.waitFor(position + 1000n, 200)).toBe(false);
  });

  it('waits while a projection has an event up to the position to apply, and passes once it has', async () => {
    log.pause();
    await sqlite.append(`inventory-${eventId}`, [held(eventId)], 'any');
    const { position } = await sqlite.append('elsewhere-1', [unread()], 'no_stream');
    expect(await runner.waitFor(position, 200)).toBe(false);
    expect(await runner.waitFor(position, 200, ['holds'])).toBe(false);
    expect(await runner.waitFor(position, 3000, ['accounts'])).toBe(true); // reads no SeatsHeld
    const waiting = runner.waitFor(position, 3000);
    log.resume(); // SeatsHeld is applied; its checkpoint stays below the unread event after it
    expect(await waiting).toBe(true);
    expect(runner.positionNow()).toBeLessThan(position);
  });

  it('tells the same from the stored checkpoints, reading the log once while they stand still', async () => {
    const stored = new StoredDirectory(readStore, log.store, ALL_PROJECTIONS, 0);
    const unreadAt = (await sqlite.append('elsewhere-1', [unread()], 'no_stream')).position;
    expect(await stored.position()).toBeLessThan(unreadAt);
    expect(await stored.waitFor(unreadAt, 3000)).toBe(true);

    await runner.stop(); // the projections stop reading; the log goes on
    const { position } = await sqlite.append(`inventory-${eventId}`, [held(eventId)], 'any');
    const before = log.reads;
    expect(await stored.waitFor(position, 300, ['event-availability'])).toBe(false);
    expect(log.reads - before).toBe(1);
    expect(await stored.waitFor(position, 3000, ['accounts'])).toBe(true);
  });
});
