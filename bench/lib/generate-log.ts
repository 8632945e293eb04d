import { randomUUID } from 'node:crypto';
import { type EventToAppend, SqliteEventStore } from '@booking/event-store';

const meta = (occurredAt: string) => ({
  correlationId: 'bench',
  causationId: 'bench',
  actor: 'bench',
  schemaVersion: 1,
  occurredAt,
});
const event = (type: string, data: object, at: string): EventToAppend => ({
  id: randomUUID(),
  type,
  data,
  metadata: meta(at),
});

/**
 * Writes a realistic log of `total` events: events created, published and opened for sale, then
 * seats held, released and expired across them (holds dominate, as in a real sale).
 */
export async function generateLog(
  path: string,
  total: number,
  eventsCount = Math.max(10, Math.floor(total / 500)),
): Promise<void> {
  const store = new SqliteEventStore({ path });
  const at = '2030-01-01T00:00:00.000Z';
  const ids = Array.from({ length: eventsCount }, () => randomUUID());
  let written = 0;
  for (const [i, eventId] of ids.entries()) {
    store.appendSync(
      `catalog_event-${eventId}`,
      [
        event(
          'EventCreated',
          {
            eventId,
            organizerId: 'org',
            title: `Event ${i}`,
            description: '',
            category: 'music',
            startsAt: '2031-01-01T20:00:00.000Z',
            venue: { name: 'Hall', city: `City ${i % 50}`, country: 'NL' },
            capacity: 100_000,
          },
          at,
        ),
        event('EventPublished', { eventId, publishedAt: at }, at),
      ],
      'no_stream',
    );
    store.appendSync(
      `inventory-${eventId}`,
      [event('InventoryOpened', { eventId, capacity: 100_000 }, at)],
      'no_stream',
    );
    written += 3;
  }
  const open = new Map<string, { eventId: string; holdId: string }[]>();
  let n = 0;
  while (written < total) {
    const eventId = ids[n++ % ids.length];
    const batch: EventToAppend[] = [];
    for (let k = 0; k < 50 && written + batch.length < total; k++) {
      const holds = open.get(eventId) ?? [];
      if (holds.length > 3 && k % 3 === 0) {
        const { holdId } = holds.shift()!;
        batch.push(
          event(k % 2 ? 'HoldReleased' : 'HoldExpired', { eventId, holdId, holderId: 'buyer', quantity: 2 }, at),
        );
      } else {
        const holdId = randomUUID();
        holds.push({ eventId, holdId });
        batch.push(
          event(
            'SeatsHeld',
            { eventId, holdId, holderId: 'buyer', quantity: 2, expiresAt: '2030-01-01T00:10:00.000Z' },
            at,
          ),
        );
      }
      open.set(eventId, holds);
    }
    store.appendSync(`inventory-${eventId}`, batch, 'any');
    written += batch.length;
  }
  await store.close();
}
