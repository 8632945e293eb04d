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
  toDomainEvents,
} from '@booking/command-pipeline';
import { DomainError, type InventoryEvent, fold, money, publicFreeSeats } from '@booking/domain';
import { type RecordedEvent, SqliteEventStore } from '@booking/event-store';
import { ManualClock } from '@booking/platform';
import { bookingPayments } from './booking-payments/booking-payments.policy';
import { bookingSeats } from './booking-seats/booking-seats.policy';
import { PolicyExecutor } from './policy-executor';
import type { Policy, Trigger } from './policy';

/**
 * Seeded random interleavings of holds, checkouts, payments (early, late, declined, delivered
 * twice or out of order), buyers cancelling (pending or confirmed), deadline sweeps, event
 * cancellation, and the waitlist (joining a sold-out event, offers of freed seats, leaving),
 * through the real pipeline and
 * policies. Invariants are read from the log. BOOKING_INTERLEAVING_RUNS sets the run count (the
 * nightly-sized configuration runs thousands); the default keeps `npm test` fast.
 */
const RUNS = Number(process.env.BOOKING_INTERLEAVING_RUNS ?? 200);
const STEPS = 60;
/** Few seats, so buyers contend: every third run has two, the others one. */
const seatsOf = (seed: number) => (seed % 3 === 0 ? ['hall:A:1', 'hall:A:2'] : ['hall:A:1']);
const BUYERS = ['b1', 'b2', 'b3'];
const price = money(1000, 'EUR');
const POLICIES: Policy[] = [bookingPayments, bookingSeats];

/** mulberry32: a small seeded generator, so a failing run can be replayed from its seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('booking interleavings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'booking-interleavings-'));
  const store = new SqliteEventStore({ path: join(dir, 'log.db') });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** What the runs reached, so a generator that stopped exercising the races fails too. */
  const reached = { confirmed: 0, expired: 0, cancelled: 0, refunds: 0, sold: 0, returned: 0, offers: 0 };

  it(`keeps every seat sold at most once and ends every paid booking with tickets or a refund (${RUNS} runs)`, async () => {
    for (let run = 1; run <= RUNS; run++) await interleave(run);
    if (RUNS >= 20) {
      for (const [outcome, count] of Object.entries(reached))
        expect({ outcome, seen: count > 0 }).toEqual({ outcome, seen: true });
    }
  }, 600_000);

  async function interleave(seed: number) {
    const random = prng(seed);
    const SEATS = seatsOf(seed);
    const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
    const clock = new ManualClock(new Date('2030-01-01T00:00:00Z'));
    const pipeline = new CommandPipeline(store, randomUUID, { clock });
    const executor = new PolicyExecutor(pipeline);
    const eventId = randomUUID();
    const as = (userId: string): CommandContext => ({
      actor: { userId, roles: ['attendee'] },
      correlationId: `s${seed}`,
    });
    const system = as('system:test');
    const holds: { holdId: string; buyer: string; seatId: string }[] = [];
    const entries: { entryId: string; buyer: string }[] = [];
    const bookings: { bookingId: string; buyer: string; holdId: string }[] = [];
    /** The buyer cancels within an any-time policy of an event far ahead. */
    const terms = { refundPolicy: 'any-time' as const, startsAt: '2031-01-01T00:00:00Z', organizerId: 'organizer' };
    const payments: { paymentId: string; bookingId: string; buyer: string }[] = [];
    /** Policy deliveries not made yet: the projector's feeds lag and redeliver. */
    const pending: [Policy, Trigger][] = [];
    let seen = await store.headPosition();

    const tolerate = async (step: () => Promise<unknown>) => {
      try {
        await step();
      } catch (error) {
        if (!(error instanceof DomainError)) throw error; // a refusal is a legal outcome, anything else a bug
      }
    };
    /** Queues what the policies hear among the events appended since the last look. */
    const collect = async () => {
      const fresh = await store.readAll({ after: seen });
      for (const event of fresh) {
        seen = event.position;
        if (!event.stream.endsWith(eventId) && !mine(event)) continue;
        for (const policy of POLICIES) {
          if ((policy.on as readonly string[]).includes(event.type)) pending.push([policy, trigger(event)]);
        }
      }
    };
    const mine = (event: RecordedEvent) =>
      bookings.some((b) => event.stream === `booking-${b.bookingId}`) ||
      payments.some((p) => event.stream === `payment-${p.paymentId}`);
    const deliver = async (index: number, again: boolean) => {
      const [policy, event] = pending[index];
      if (!again) pending.splice(index, 1);
      await executor.run(policy, event);
    };

    await pipeline.execute(
      inventoryModel,
      eventId,
      { type: 'OpenInventory', data: { eventId, capacity: SEATS.length, seatIds: SEATS } },
      system,
    );
    for (let step = 0; step < STEPS; step++) {
      const roll = random();
      if (roll < 0.2) {
        const buyer = pick(BUYERS)!;
        const holdId = randomUUID();
        const seatId = pick(SEATS)!;
        const data = { eventId, holdId, quantity: 1, ttlSeconds: 600, seatIds: [seatId], rules: { maxPerOrder: 5 } };
        await tolerate(async () => {
          await pipeline.execute(inventoryModel, eventId, { type: 'HoldSeats', data }, as(buyer));
          holds.push({ holdId, buyer, seatId });
        });
      } else if (roll < 0.35) {
        const hold = pick(holds);
        if (!hold) continue;
        const bookingId = randomUUID();
        const deadline = new Date(clock.now().getTime() + 900_000).toISOString();
        await tolerate(async () => {
          const checkout = { eventId, holdId: hold.holdId, bookingId, expiresAt: deadline };
          await pipeline.execute(inventoryModel, eventId, { type: 'CheckOutHold', data: checkout }, as(hold.buyer));
          const ticket = {
            ticketId: randomUUID(),
            holdId: hold.holdId,
            seatId: hold.seatId,
            tierId: 't',
            tierName: 'T',
            price,
          };
          const data = {
            bookingId,
            eventId,
            buyerName: hold.buyer,
            buyerEmail: `${hold.buyer}@example.com`,
            holds: [{ holdId: hold.holdId, quantity: 1 }],
            tickets: [ticket],
            paymentDeadline: deadline,
          };
          bookings.push({ bookingId, buyer: hold.buyer, holdId: hold.holdId });
          await pipeline.execute(bookingModel, bookingId, { type: 'PlaceBooking', data }, as(hold.buyer));
        });
      } else if (roll < 0.48) {
        const booking = pick(bookings);
        if (!booking) continue;
        const paymentId = randomUUID();
        await tolerate(async () => {
          const data = { bookingId: booking.bookingId, paymentId };
          await pipeline.execute(bookingModel, booking.bookingId, { type: 'StartPayment', data }, as(booking.buyer));
          payments.push({ paymentId, bookingId: booking.bookingId, buyer: booking.buyer });
        });
      } else if (roll < 0.6) {
        // The provider answers a payment (possibly one answered already: a duplicate webhook).
        const payment = pick(payments);
        if (!payment) continue;
        const outcome =
          random() < 0.75
            ? ({ status: 'succeeded', reference: 'r' } as const)
            : ({ status: 'declined', reason: 'card_declined' } as const);
        const data = { ...payment, amount: price, provider: 'test', outcome };
        await tolerate(() =>
          pipeline.execute(paymentModel, payment.paymentId, { type: 'RecordPayment', data }, as(payment.buyer)),
        );
      } else if (roll < 0.78) {
        if (pending.length > 0) await deliver(Math.floor(random() * pending.length), random() < 0.2);
      } else if (roll < 0.84) {
        // The waitlist: join (refused while seats are free), the offers policy's command, or leave.
        const what = random();
        if (what < 0.45) {
          const buyer = pick(BUYERS)!;
          const entryId = randomUUID();
          const data = { eventId, entryId, quantity: 1, rules: { maxPerOrder: 5 } };
          await tolerate(async () => {
            await pipeline.execute(inventoryModel, eventId, { type: 'JoinWaitlist', data }, as(buyer));
            entries.push({ entryId, buyer });
          });
        } else if (what < 0.9) {
          const data = { eventId, offerSeconds: 600, rules: { maxPerOrder: 5 } };
          const offered = await pipeline.execute(inventoryModel, eventId, { type: 'OfferWaitlist', data }, system);
          for (const e of offered.events) {
            if (e.type === 'SeatsHeld')
              holds.push({ holdId: e.data.holdId, buyer: e.data.holderId, seatId: e.data.seatIds![0] });
          }
        } else {
          const entry = pick(entries);
          if (!entry) continue;
          const data = { eventId, entryId: entry.entryId };
          await tolerate(() =>
            pipeline.execute(inventoryModel, eventId, { type: 'LeaveWaitlist', data }, as(entry.buyer)),
          );
        }
      } else if (roll < 0.92) {
        clock.advance(Math.floor(random() * 1_000_000)); // up to ~17 minutes: past a payment deadline at times
      } else if (roll < 0.95) {
        await sweep();
      } else if (roll < 0.98) {
        const booking = pick(bookings);
        if (!booking) continue;
        const data = { bookingId: booking.bookingId, reason: '', terms };
        await tolerate(async () => {
          const cancelled = await pipeline.execute(
            bookingModel,
            booking.bookingId,
            { type: 'CancelBooking', data },
            as(booking.buyer),
          );
          if (random() < 0.5) await executor.react(bookingSeats, cancelled, 'cancel'); // the handler's inline run
        });
      } else {
        await pipeline.execute(
          inventoryModel,
          eventId,
          { type: 'CloseInventory', data: { eventId, reason: 'Storm' } },
          system,
        );
      }
      await collect();
    }
    // Quiescence: every delivery made, every deadline passed and swept.
    clock.advance(3_600_000);
    for (let round = 0; round < 5; round++) {
      await sweep();
      await collect();
      while (pending.length > 0) {
        await deliver(0, false);
        await collect();
      }
    }
    await check();

    async function sweep() {
      for (const { bookingId } of bookings) {
        const expired = await pipeline.execute(
          bookingModel,
          bookingId,
          { type: 'ExpireBooking', data: { bookingId } },
          system,
        );
        if (expired.events.length > 0 && random() < 0.5) await executor.react(bookingSeats, expired, 'sweep');
      }
    }

    async function check() {
      const label = `seed ${seed}`;
      const inventory = await store.readStream(`inventory-${eventId}`);
      // No seat sold twice at once: a seat sells again only after it came back (SoldSeatsReturned).
      const soldNow = new Set<string>();
      const twice: string[] = [];
      const returnedTickets: string[] = [];
      const net = new Map<string, number>(); // booking → places sold minus places returned
      for (const e of inventory) {
        const data = e.data as { bookingId: string; quantity: number; seatIds?: string[]; ticketIds?: string[] };
        if (e.type === 'SeatsSold') {
          for (const seat of data.seatIds ?? []) {
            if (soldNow.has(seat)) twice.push(seat);
            soldNow.add(seat);
          }
          net.set(data.bookingId, (net.get(data.bookingId) ?? 0) + data.quantity);
        }
        if (e.type === 'SoldSeatsReturned') {
          for (const seat of data.seatIds ?? []) soldNow.delete(seat);
          returnedTickets.push(...(data.ticketIds ?? []));
          net.set(data.bookingId, (net.get(data.bookingId) ?? 0) - data.quantity);
          reached.returned++;
        }
      }
      expect({ label, twice }).toEqual({ label, twice: [] });
      // The waitlist: nobody else held a place people were waiting for, and each entry was offered
      // places at most once (its hold id is its entry id).
      const events = toDomainEvents<InventoryEvent>(inventoryModel.schema, inventory);
      const around: string[] = [];
      const offered = new Map<string, number>();
      let state = inventoryModel.decider.initialState();
      for (const [i, e] of events.entries()) {
        if (e.type === 'SeatsHeld' && !e.data.waitlistEntryId) {
          const free = publicFreeSeats(state, new Date(inventory[i].metadata.occurredAt));
          if (e.data.quantity > free) around.push(e.data.holdId);
        }
        if (e.type === 'SeatsHeld' && e.data.waitlistEntryId) {
          offered.set(e.data.waitlistEntryId, (offered.get(e.data.waitlistEntryId) ?? 0) + 1);
          reached.offers++;
        }
        state = fold(inventoryModel.decider, [e], state);
      }
      expect({ label, around }).toEqual({ label, around: [] });
      expect({ label, twice: [...offered].filter(([, n]) => n > 1) }).toEqual({ label, twice: [] });
      // A returned place is counted once.
      expect({ label, again: returnedTickets.filter((id, i) => returnedTickets.indexOf(id) !== i) }).toEqual({
        label,
        again: [],
      });
      for (const payment of payments) {
        const outcome = await store.readStream(`payment-${payment.paymentId}`);
        if (!outcome.some((e) => e.type === 'PaymentSucceeded')) continue;
        const history = await store.readStream(`booking-${payment.bookingId}`);
        const answers = history.filter(
          (e) =>
            (e.type === 'BookingConfirmed' || e.type === 'RefundRequested') &&
            (e.data as { paymentId?: string }).paymentId === payment.paymentId,
        );
        // Tickets (confirmed) or the money back; a confirmed booking cancelled later also gets a refund.
        expect({ label, payment: payment.paymentId, answered: answers.length > 0 }).toEqual({
          label,
          payment: payment.paymentId,
          answered: true,
        });
      }
      for (const booking of bookings) {
        const state = await readState(store, bookingModel, booking.bookingId);
        const sold = (net.get(booking.bookingId) ?? 0) > 0;
        // A cancelled booking keeps no place, and a confirmed payment of it was refunded.
        if (state.status === 'cancelled') {
          expect({ label, booking: booking.bookingId, sold }).toEqual({
            label,
            booking: booking.bookingId,
            sold: false,
          });
          if (state.paidBy)
            expect({ label, refunded: state.settled.filter((id) => id === state.paidBy).length }).toEqual({
              label,
              refunded: 2, // once settled (confirmed), once refunded
            });
        }
        // A confirmed booking's seats are sold to it (unless the event's cancellation took them first).
        if (state.status === 'confirmed')
          expect({ label, booking: booking.bookingId, sold }).toEqual({
            label,
            booking: booking.bookingId,
            sold: true,
          });
        if (state.status === 'expired')
          expect({ label, booking: booking.bookingId, sold }).toEqual({
            label,
            booking: booking.bookingId,
            sold: false,
          });
      }
      const partition = await readState(store, inventoryModel, eventId);
      expect(partition.sold).toBeLessThanOrEqual(SEATS.length);
      expect({ label, sold: partition.sold }).toEqual({ label, sold: soldNow.size });
      reached.sold += partition.sold;
      for (const booking of bookings) {
        const history = await store.readStream(`booking-${booking.bookingId}`);
        for (const event of history) {
          if (event.type === 'BookingConfirmed') reached.confirmed++;
          if (event.type === 'BookingExpired') reached.expired++;
          if (event.type === 'BookingCancelled') reached.cancelled++;
          if (event.type === 'RefundRequested') reached.refunds++;
        }
      }
    }
  }
});

function trigger(event: RecordedEvent): Trigger {
  return { type: event.type, data: event.data, id: event.id, correlationId: event.metadata.correlationId } as Trigger;
}
