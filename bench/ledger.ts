/**
 * bench:ledger — finance's ledger as of an arbitrary past date over a large log (issue 12: < 2 s
 * at 1,000,000 events). A generated log of BENCH_EVENTS events (default 1,000,000): bookings held,
 * placed, paid through a provider and confirmed, one in ten then cancelled and refunded, one
 * booking flow every 30 s from 2030-01-01, beside the catalog events they are for. The ledger, catalog
 * and accounts read models are projected into the embedded read store (timed), then the ledger
 * query finance's screen asks (apps/query-api/src/ledger/ledger.ts: trial balance and what each
 * organizer is owed) runs as of three past dates, as of half the log's positions, and now, five
 * times each. Baseline in the same run: fetching every ledger document with nothing added up.
 * Checked at every cut: balanced, the number of entries and the provider's balance equal what
 * the generator paid and refunded up to it.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EventToAppend, SqliteEventStore } from '@booking/event-store';
import {
  type LedgerDoc,
  ProjectionRunner,
  accountsProjection,
  catalogEventsProjection,
  ledgerProjection,
} from '@booking/projections';
import { LedgerJournal, ReadModels, ledgerEntries, ledgerView } from '@booking/query-api';
import { MemoryReadStore } from '@booking/read-store';
import { fmt, percentile, table } from './lib/stats';

const total = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const START = Date.parse('2030-01-01T00:00:00.000Z');
const STEP_MS = 30_000;
const PRICE = 2500;

const meta = (at: number) => ({
  correlationId: 'bench',
  causationId: 'bench',
  actor: 'bench',
  schemaVersion: 1,
  occurredAt: new Date(at).toISOString(),
});
const recorded = (type: string, data: object, at: number): EventToAppend => ({
  id: randomUUID(),
  type,
  data,
  metadata: meta(at),
});

/** What the generator booked up to a position: entries and the provider's balance. */
type Mark = { position: number; at: number; entries: number; provider: number };

function generate(path: string): { marks: Mark[]; events: number; bookings: number } {
  const store = new SqliteEventStore({ path });
  const eventIds = Array.from({ length: Math.max(10, Math.floor(total / 5000)) }, () => randomUUID());
  let position = 0;
  let written = 0;
  const append = (stream: string, events: EventToAppend[]) => {
    position = Number(store.appendSync(stream, events, 'any').position);
    written += events.length;
  };
  for (const [i, eventId] of eventIds.entries()) {
    append(`catalog_event-${eventId}`, [
      recorded(
        'EventCreated',
        {
          eventId,
          organizerId: `0190f000-0000-7000-8000-${String(i % 20).padStart(12, '0')}`,
          title: `Event ${i}`,
          description: '',
          category: 'music',
          startsAt: '2031-01-01T20:00:00.000Z',
          venue: { name: 'Hall', city: 'Utrecht', country: 'NL' },
          capacity: 100_000,
        },
        START,
      ),
      recorded('EventPublished', { eventId, publishedAt: new Date(START).toISOString() }, START),
    ]);
  }
  const marks: Mark[] = [];
  let entries = 0;
  let provider = 0;
  let bookings = 0;
  while (written < total) {
    const at = START + bookings * STEP_MS;
    const eventId = eventIds[bookings % eventIds.length]!;
    const bookingId = randomUUID();
    const paymentId = randomUUID();
    const holdId = randomUUID();
    const amount = { amount: PRICE * (1 + (bookings % 3)), currency: 'EUR' };
    const ids = { paymentId, bookingId, intentId: `pi_${paymentId.slice(0, 8)}` };
    append(`inventory-${eventId}`, [
      recorded('SeatsHeld', { eventId, holdId, holderId: 'buyer', quantity: 1, expiresAt: '2030-01-01T00:10:00Z' }, at),
    ]);
    append(`booking-${bookingId}`, [
      recorded('BookingPlaced', { bookingId, eventId, buyerId: 'buyer', holds: [], tickets: [], total: amount }, at),
      recorded('BookingPaymentStarted', { bookingId, paymentId, amount }, at),
    ]);
    append(`payment-${paymentId}`, [
      recorded('PaymentIntentCreated', { ...ids, amount, provider: 'test-mode', idempotencyKey: paymentId }, at),
      recorded(
        'PaymentSucceeded',
        { paymentId, bookingId, amount, provider: 'test-mode', reference: ids.intentId },
        at,
      ),
    ]);
    append(`booking-${bookingId}`, [
      recorded(
        'BookingConfirmed',
        { bookingId, eventId, buyerId: 'buyer', holds: [], ticketIds: [randomUUID()], paymentId, reason: 'paid' },
        at + 1000,
      ),
    ]);
    entries += 2;
    provider += amount.amount;
    if (bookings % 10 === 9 && written < total) {
      const later = at + 10_000;
      const cancel = recorded(
        'BookingCancelled',
        { bookingId, eventId, buyerId: 'buyer', holds: [], reason: 'changed plans', by: 'buyer' },
        later,
      );
      const request = recorded(
        'RefundRequested',
        { bookingId, buyerId: 'buyer', paymentId, amount, reason: 'cancelled' },
        later,
      );
      append(`booking-${bookingId}`, [cancel, request]);
      const refund = { refundId: request.id, bookingId, paymentId };
      append(`refund-${request.id}`, [
        recorded(
          'RefundOpened',
          { ...refund, buyerId: 'buyer', amount, reason: 'cancelled', provider: 'test-mode', intentId: ids.intentId },
          later,
        ),
        recorded('RefundSent', { ...refund, providerRefundId: `re_${bookings}` }, later),
        recorded('RefundSucceeded', { ...refund, providerRefundId: `re_${bookings}` }, later + 1000),
      ]);
      entries += 2;
      provider -= amount.amount;
    }
    bookings++;
    // A mark once a flow is complete: every entry up to here is counted.
    if (bookings % 1000 === 0) marks.push({ position, at: at + 11_000, entries, provider });
  }
  marks.push({ position, at: START + bookings * STEP_MS, entries, provider });
  void store.close();
  return { marks, events: written, bookings };
}

async function timed<T>(runs: number, work: () => Promise<T>): Promise<{ result: T; median: number; max: number }> {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { result, median: percentile(times, 50), max: times.at(-1)! };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ledger-'));
  try {
    const path = join(dir, 'events.db');
    let started = performance.now();
    const { marks, events, bookings } = generate(path);
    console.log(
      `generated ${fmt(events)} events (${fmt(bookings)} bookings) in ${fmt((performance.now() - started) / 1000, 1)} s`,
    );

    const store = new SqliteEventStore({ path });
    const readStore = new MemoryReadStore();
    started = performance.now();
    const runner = new ProjectionRunner(
      store,
      readStore,
      [ledgerProjection, catalogEventsProjection, accountsProjection],
      {
        now: () => new Date(),
        batchSize: 5000,
      },
    );
    await runner.start();
    await runner.ready();
    const projectSeconds = (performance.now() - started) / 1000;
    const readModels = new ReadModels(readStore, runner);
    const journal = new LedgerJournal(readStore, runner, readModels);
    const ledger = await readModels.collection<LedgerDoc>('ledger');

    const baseline = await timed(5, async () => (await ledger.find({})).length);
    const rows: [string, string][] = [
      ['log', `${fmt(events)} events, ${fmt(bookings)} bookings, ${fmt(baseline.result)} ledger documents`],
      ['projected (ledger, catalog, accounts)', `${fmt(projectSeconds, 1)} s`],
      ['baseline: fetch every ledger document', `median ${fmt(baseline.median)} ms, max ${fmt(baseline.max)} ms`],
    ];
    // The first query loads the journal from the read model (once per process; later ones add only what is new).
    started = performance.now();
    const first = await ledgerView(readModels, journal, {});
    rows.push([
      'first query (loads the journal)',
      `${fmt(performance.now() - started)} ms, ${fmt(first.entries)} entries`,
    ]);
    const times: number[] = [];
    let failures = 0;
    const check = (label: string, view: Awaited<ReturnType<typeof ledgerView>>, mark: Mark) => {
      const provider = view.accounts.find((a) => a.account === 'assets:provider:test-mode')?.balance ?? 0;
      const ok = view.balanced && view.entries === mark.entries && provider === mark.provider;
      if (!ok) {
        failures++;
        console.error(
          `${label}: balanced ${view.balanced}, entries ${view.entries} (expected ${mark.entries}), provider ${provider} (expected ${mark.provider})`,
        );
      }
      return ok ? 'checked' : 'WRONG';
    };
    const last = marks.at(-1)!;
    for (const share of [0.1, 1 / 3, 0.9]) {
      const mark = marks[Math.floor(share * (marks.length - 1))]!;
      const asOf = new Date(mark.at).toISOString();
      const run = await timed(5, () => ledgerView(readModels, journal, { asOf }));
      times.push(run.max);
      rows.push([
        `as of ${asOf.slice(0, 16)} (${fmt(100 * share)} % in)`,
        `median ${fmt(run.median)} ms, max ${fmt(run.max)} ms, ${fmt(run.result.entries)} entries, ${check(`asOf ${asOf}`, run.result, mark)}`,
      ]);
    }
    const half = marks[Math.floor((marks.length - 1) / 2)]!;
    const byPosition = await timed(5, () => ledgerView(readModels, journal, { position: half.position }));
    times.push(byPosition.max);
    rows.push([
      `as of log position ${fmt(half.position)}`,
      `median ${fmt(byPosition.median)} ms, max ${fmt(byPosition.max)} ms, ${fmt(byPosition.result.entries)} entries, ${check('position', byPosition.result, half)}`,
    ]);
    const now = await timed(5, () => ledgerView(readModels, journal, {}));
    times.push(now.max);
    rows.push([
      'now (every entry)',
      `median ${fmt(now.median)} ms, max ${fmt(now.max)} ms, ${fmt(now.result.entries)} entries, ${check('now', now.result, last)}`,
    ]);
    const someBooking = (await ledger.find({}, { limit: 1, skip: Math.floor(baseline.result / 2) }))[0]!;
    const one = await timed(5, () => ledgerEntries(readModels, journal, {}, someBooking._id));
    rows.push(['one booking’s entries', `median ${fmt(one.median, 1)} ms, ${one.result.length} entries`]);
    const worst = Math.max(...times);
    rows.push([
      'target',
      `< 2,000 ms as of any date (warm): ${worst < 2000 ? 'met' : 'NOT met'} (slowest ${fmt(worst)} ms)`,
    ]);
    console.log(`\nbench:ledger — ${fmt(events)} events`);
    console.log(table(rows));
    await runner.stop();
    await store.close();
    if (failures > 0) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
