import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CommandPipeline,
  type CommandContext,
  bookingModel,
  inventoryModel,
  paymentModel,
  readState,
} from '@booking/command-pipeline';
import { type DomainEvent, money } from '@booking/domain';
import { SqliteEventStore } from '@booking/event-store';
import { ManualClock } from '@booking/platform';
import { bookingPayments } from './booking-payments/booking-payments.policy';
import { bookingSeats } from './booking-seats/booking-seats.policy';
import { PolicyExecutor } from './policy-executor';
import type { Trigger } from './policy';

const T0 = new Date('2030-01-01T00:00:00Z');
const alice: CommandContext = { actor: { userId: 'alice', roles: ['attendee'] }, correlationId: 'c-alice' };
const system: CommandContext = { actor: { userId: 'system:test', roles: [] }, correlationId: 'c-system' };
const price = money(2500, 'EUR');

/** The policies from the log's point of view: each trigger handled (twice, as a redelivery would). */
describe('booking policies', () => {
  const dir = mkdtempSync(join(tmpdir(), 'booking-policies-'));
  const store = new SqliteEventStore({ path: join(dir, 'log.db') });
  const clock = new ManualClock(T0);
  const pipeline = new CommandPipeline(store, randomUUID, { clock });
  const executor = new PolicyExecutor(pipeline);
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A one-place event, its hold by alice checked out to a booking of 2500 EUR due in 15 minutes. */
  async function pendingBooking() {
    const eventId = randomUUID();
    const holdId = randomUUID();
    const bookingId = randomUUID();
    const deadline = new Date(clock.now().getTime() + 900_000).toISOString();
    await pipeline.execute(inventoryModel, eventId, { type: 'OpenInventory', data: { eventId, capacity: 1 } }, system);
    const rules = { maxPerOrder: 10 };
    const hold = { eventId, holdId, quantity: 1, ttlSeconds: 600, rules };
    await pipeline.execute(inventoryModel, eventId, { type: 'HoldSeats', data: hold }, alice);
    const checkout = { eventId, holdId, bookingId, expiresAt: deadline };
    await pipeline.execute(inventoryModel, eventId, { type: 'CheckOutHold', data: checkout }, alice);
    const ticket = { ticketId: randomUUID(), holdId, tierId: 'std', tierName: 'Standard', price };
    await pipeline.execute(
      bookingModel,
      bookingId,
      {
        type: 'PlaceBooking',
        data: {
          bookingId,
          eventId,
          buyerName: 'Alice',
          buyerEmail: 'alice@example.com',
          holds: [{ holdId, quantity: 1 }],
          tickets: [ticket],
          paymentDeadline: deadline,
        },
      },
      alice,
    );
    return { eventId, holdId, bookingId };
  }

  const triggersOf = (events: readonly DomainEvent[], ids: readonly string[]) =>
    events.map((event, i) => ({ ...event, id: ids[i], correlationId: 'c' }) as Trigger);

  /** The provider's success recorded on the payment's stream. */
  const succeeded = (paymentId: string, bookingId: string) =>
    pipeline.execute(
      paymentModel,
      paymentId,
      {
        type: 'RecordPayment',
        data: {
          paymentId,
          bookingId,
          amount: price,
          provider: 'test',
          outcome: { status: 'succeeded', reference: 'r' },
        },
      },
      alice,
    );

  /** A payment started and succeeded; returns its trigger. */
  async function paid(bookingId: string) {
    const paymentId = randomUUID();
    await pipeline.execute(bookingModel, bookingId, { type: 'StartPayment', data: { bookingId, paymentId } }, alice);
    const outcome = await succeeded(paymentId, bookingId);
    return triggersOf(outcome.events, outcome.eventIds)[0];
  }

  const types = async (stream: string) => (await store.readStream(stream)).map((e) => e.type);

  it('sells every hold of a confirmed booking when a run that stopped halfway is run again', async () => {
    // Two holds in one partition; the first run sold the first hold and stopped (kill -9).
    const eventId = randomUUID();
    const bookingId = randomUUID();
    const deadline = new Date(clock.now().getTime() + 900_000).toISOString();
    await pipeline.execute(inventoryModel, eventId, { type: 'OpenInventory', data: { eventId, capacity: 4 } }, system);
    const holdIds = [randomUUID(), randomUUID()];
    for (const holdId of holdIds) {
      const hold = { eventId, holdId, quantity: 1, ttlSeconds: 600, rules: { maxPerOrder: 10 } };
      await pipeline.execute(inventoryModel, eventId, { type: 'HoldSeats', data: hold }, alice);
      const checkout = { eventId, holdId, bookingId, expiresAt: deadline };
      await pipeline.execute(inventoryModel, eventId, { type: 'CheckOutHold', data: checkout }, alice);
    }
    const placed = await pipeline.execute(
      bookingModel,
      bookingId,
      {
        type: 'PlaceBooking',
        data: {
          bookingId,
          eventId,
          buyerName: 'Alice',
          buyerEmail: 'alice@example.com',
          holds: holdIds.map((holdId) => ({ holdId, quantity: 1 })),
          tickets: holdIds.map((holdId) => ({
            ticketId: randomUUID(),
            holdId,
            tierId: 'free',
            tierName: 'Free',
            price: money(0, 'EUR'),
          })),
          paymentDeadline: deadline,
        },
      },
      alice,
    );
    const [confirmed] = triggersOf(placed.events, placed.eventIds).filter((e) => e.type === 'BookingConfirmed');
    expect(confirmed).toBeDefined(); // free: confirmed by the placement
    await pipeline.execute(
      inventoryModel,
      eventId,
      { type: 'SellHold', data: { eventId, holdId: holdIds[0], bookingId } },
      {
        ...system,
        actor: { userId: 'policy:booking-seats', roles: [] },
        idempotencyTag: `policy:booking-seats:${confirmed.id}`,
      },
    );
    await executor.run(bookingSeats, confirmed);
    const sold = (await store.readStream(`inventory-${eventId}`)).filter((e) => e.type === 'SeatsSold');
    expect(sold.map((e) => (e.data as { holdId: string }).holdId).sort()).toEqual([...holdIds].sort());
  });

  it('confirms a paid booking and sells its seats once, however often the payment is handled', async () => {
    const { eventId, bookingId } = await pendingBooking();
    const payment = await paid(bookingId);
    await executor.run(bookingPayments, payment);
    await executor.run(bookingPayments, payment);
    expect(await types(`booking-${bookingId}`)).toEqual(['BookingPlaced', 'BookingPaymentStarted', 'BookingConfirmed']);
    // booking-seats hears the confirmation too: selling again appends nothing.
    const confirmed = (await store.readStream(`booking-${bookingId}`))[2];
    await executor.run(bookingSeats, triggersOf([confirmed as unknown as DomainEvent], [confirmed.id])[0]);
    const inventory = await types(`inventory-${eventId}`);
    expect(inventory.filter((type) => type === 'SeatsSold')).toHaveLength(1);
    expect((await readState(store, inventoryModel, eventId)).sold).toBe(1);
  });

  it('refunds a payment that arrives after the booking expired, and the seats go to nobody twice', async () => {
    const { eventId, bookingId } = await pendingBooking();
    const paymentId = randomUUID();
    await pipeline.execute(bookingModel, bookingId, { type: 'StartPayment', data: { bookingId, paymentId } }, alice);
    clock.advance(900_000);
    const expired = await pipeline.execute(
      bookingModel,
      bookingId,
      { type: 'ExpireBooking', data: { bookingId } },
      system,
    );
    await executor.react(bookingSeats, expired, 'c');
    // Someone else takes the place the booking gave back.
    const bob: CommandContext = { actor: { userId: 'bob', roles: ['attendee'] }, correlationId: 'c-bob' };
    const hold = { eventId, holdId: randomUUID(), quantity: 1, ttlSeconds: 600, rules: { maxPerOrder: 10 } };
    await pipeline.execute(inventoryModel, eventId, { type: 'HoldSeats', data: hold }, bob);

    const outcome = await succeeded(paymentId, bookingId);
    await executor.react(bookingPayments, outcome, 'c');
    expect(await types(`booking-${bookingId}`)).toEqual([
      'BookingPlaced',
      'BookingPaymentStarted',
      'BookingExpired',
      'RefundRequested',
    ]);
    expect(await types(`inventory-${eventId}`)).not.toContain('SeatsSold');
  });

  it('cancels a pending booking whose hold the event cancellation took', async () => {
    const { eventId, bookingId } = await pendingBooking();
    const closed = await pipeline.execute(
      inventoryModel,
      eventId,
      { type: 'CloseInventory', data: { eventId, reason: 'Storm' } },
      system,
    );
    expect(closed.events.map((e) => e.type)).toEqual(['HoldCancelled', 'InventoryClosed']);
    await executor.react(bookingSeats, closed, 'c');
    expect(await types(`booking-${bookingId}`)).toEqual(['BookingPlaced', 'BookingCancelled']);
    const booking = await readState(store, bookingModel, bookingId);
    expect(booking.status).toBe('cancelled');
  });

  it("puts a cancelled confirmed booking's sold place back on sale once, however often the cancellation is handled", async () => {
    const { eventId, bookingId } = await pendingBooking();
    await executor.run(bookingPayments, await paid(bookingId));
    const history = await store.readStream(`booking-${bookingId}`);
    const confirmed = history.find((e) => e.type === 'BookingConfirmed')!;
    await executor.run(bookingSeats, triggersOf([confirmed as unknown as DomainEvent], [confirmed.id])[0]);
    expect((await readState(store, inventoryModel, eventId)).sold).toBe(1);

    const terms = { refundPolicy: 'any-time' as const, startsAt: '2031-01-01T00:00:00Z', organizerId: 'olga' };
    const cancelled = await pipeline.execute(
      bookingModel,
      bookingId,
      { type: 'CancelBooking', data: { bookingId, reason: '', terms } },
      alice,
    );
    expect(cancelled.events.map((e) => e.type)).toEqual(['BookingCancelled', 'RefundRequested']);
    await executor.react(bookingSeats, cancelled, 'c');
    await executor.react(bookingSeats, cancelled, 'c');
    const inventory = await types(`inventory-${eventId}`);
    expect(inventory.filter((type) => type === 'SoldSeatsReturned')).toHaveLength(1);
    const partition = await readState(store, inventoryModel, eventId);
    expect(partition.sold).toBe(0);
    // Another buyer can hold the place again.
    const bob: CommandContext = { actor: { userId: 'bob', roles: ['attendee'] }, correlationId: 'c-bob' };
    const hold = { eventId, holdId: randomUUID(), quantity: 1, ttlSeconds: 600, rules: { maxPerOrder: 10 } };
    await pipeline.execute(inventoryModel, eventId, { type: 'HoldSeats', data: hold }, bob);
  });
});
