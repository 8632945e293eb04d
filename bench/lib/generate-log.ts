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

type Purchase = { eventId: string; holdId: string; bookingId: string; paymentId: string };
const PRICE = { amount: 2500, currency: 'EUR' };

/** A bought hold's booking and payment: placed, paid through the test-mode provider, confirmed with two tickets. */
function appendPurchase(
  store: SqliteEventStore,
  { eventId, holdId, bookingId, paymentId }: Purchase,
  at: string,
): number {
  const tickets = [randomUUID(), randomUUID()].map((ticketId) => ({
    ticketId,
    holdId,
    tierId: 'standard',
    tierName: 'Standard',
    price: PRICE,
  }));
  const total = { amount: PRICE.amount * tickets.length, currency: PRICE.currency };
  const holds = [{ holdId, quantity: tickets.length }];
  const payment = { paymentId, bookingId, intentId: `pi_${paymentId.slice(0, 8)}` };
  store.appendSync(
    `booking-${bookingId}`,
    [
      event(
        'BookingPlaced',
        {
          bookingId,
          eventId,
          buyerId: 'buyer',
          buyerName: 'A Buyer',
          buyerEmail: 'buyer@example.com',
          holds,
          tickets,
          total,
          paymentDeadline: '2030-01-01T00:30:00.000Z',
        },
        at,
      ),
      event('BookingPaymentStarted', { bookingId, paymentId, amount: total }, at),
    ],
    'no_stream',
  );
  store.appendSync(
    `payment-${paymentId}`,
    [
      event(
        'PaymentIntentCreated',
        { ...payment, amount: total, provider: 'test-mode', idempotencyKey: paymentId },
        at,
      ),
      event(
        'PaymentSucceeded',
        { paymentId, bookingId, amount: total, provider: 'test-mode', reference: payment.intentId },
        at,
      ),
    ],
    'no_stream',
  );
  store.appendSync(
    `booking-${bookingId}`,
    [
      event(
        'BookingConfirmed',
        {
          bookingId,
          eventId,
          buyerId: 'buyer',
          holds,
          ticketIds: tickets.map((t) => t.ticketId),
          paymentId,
          reason: 'paid',
        },
        at,
      ),
    ],
    1n,
  );
  return 5;
}

/**
 * Writes a realistic log of about `total` events: events created, published and opened for sale,
 * then seats held, released and expired across them (holds dominate, as in a real sale), and one
 * in three ended holds bought: checked out, a booking placed, paid through the test-mode provider,
 * sold and confirmed (so the booking and payment read models rebuild too).
 */
export async function generateLog(
  path: string,
  total: number,
  {
    eventsCount = Math.max(10, Math.floor(total / 500)),
    purchases = true,
  }: {
    eventsCount?: number;
    /**
     * false: no hold is bought. For a log the whole app starts on (bench:coldstart): the purchases
     * here carry no invoice, mail or ticket outcome, so the app's policies would do all that work.
     */
    purchases?: boolean;
  } = {},
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
  const bought: Purchase[] = [];
  let ended = 0;
  let n = 0;
  while (written < total) {
    const eventId = ids[n++ % ids.length];
    const batch: EventToAppend[] = [];
    for (let k = 0; k < 50 && written + batch.length < total; k++) {
      const holds = open.get(eventId) ?? [];
      if (holds.length > 3 && k % 3 === 0) {
        const { holdId } = holds.shift()!;
        if (purchases && ended++ % 3 === 0) {
          // One in three holds that end is bought: checked out, paid, sold.
          const bookingId = randomUUID();
          const paymentId = randomUUID();
          const ids = { eventId, holdId, holderId: 'buyer', bookingId, quantity: 2 };
          batch.push(event('HoldCheckedOut', { ...ids, expiresAt: '2030-01-01T00:30:00.000Z' }, at));
          batch.push(event('SeatsSold', ids, at));
          bought.push({ eventId, holdId, bookingId, paymentId });
        } else {
          batch.push(
            event(k % 2 ? 'HoldReleased' : 'HoldExpired', { eventId, holdId, holderId: 'buyer', quantity: 2 }, at),
          );
        }
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
    for (const flow of bought.splice(0)) written += appendPurchase(store, flow, at);
  }
  await store.close();
}
