import { createHash } from 'node:crypto';
import { type EventToAppend, SqliteEventStore } from '@booking/event-store';
import { catalogDocuments } from './catalog-data';

/** A stable UUID per index, so runs are reproducible and the query API's UUID checks pass. */
const uuid = (seed: string) => {
  const hex = createHash('sha1').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/**
 * Writes the log the platform would hold after `count` events were created, detailed (tags,
 * dates, venue with coordinates, price tiers), published and opened for sale, with one hold each
 * so that popularity varies: the catalog of bench/lib/catalog-data.ts, as domain events. Starting
 * the standalone server on it rebuilds the catalog read model from these events.
 */
export async function writeCatalogLog(path: string, count: number, now: Date): Promise<string[]> {
  const store = new SqliteEventStore({ path });
  const at = new Date(now.getTime() - 86_400_000).toISOString();
  const metadata = { correlationId: 'bench', causationId: 'bench', actor: 'bench', schemaVersion: 1, occurredAt: at };
  let n = 0;
  const event = (type: string, data: object): EventToAppend => ({ id: uuid(`e${n++}`), type, data, metadata });
  const ids: string[] = [];
  for (const [i, doc] of catalogDocuments(count, now).entries()) {
    const eventId = uuid(`event-${i}`);
    ids.push(eventId);
    const { name, city, country, location } = doc.venue;
    store.appendSync(
      `catalog_event-${eventId}`,
      [
        event('EventCreated', {
          eventId,
          organizerId: doc.organizerId,
          title: doc.title,
          description: doc.description,
          category: doc.category,
          startsAt: doc.startsAt,
          venue: { name, city, country },
          capacity: doc.capacity,
        }),
        event('EventDetailsUpdated', {
          eventId,
          buyerFacing: false,
          changes: {
            tags: doc.tags,
            endsAt: doc.endsAt,
            timeZone: doc.timeZone,
            venue: { name, city, country, location },
            priceTiers: [
              { id: 'standard', name: 'Standard', price: { amount: doc.priceMin, currency: 'EUR' } },
              { id: 'premium', name: 'Premium', price: { amount: doc.priceMax, currency: 'EUR' } },
            ],
          },
        }),
        event('EventPublished', { eventId, publishedAt: at }),
      ],
      'no_stream',
    );
    const inventory = [event('InventoryOpened', { eventId, capacity: doc.capacity })];
    if (doc.popularity > 0)
      inventory.push(
        event('SeatsHeld', {
          eventId,
          holdId: uuid(`hold-${i}`),
          holderId: 'bench',
          quantity: doc.popularity,
          expiresAt: '2999-01-01T00:00:00.000Z',
        }),
      );
    store.appendSync(`inventory-${eventId}`, inventory, 'no_stream');
  }
  await store.close();
  return ids;
}
