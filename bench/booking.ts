/**
 * bench:booking — a flash sale that goes all the way: hold → checkout → test-mode payment →
 * confirmed with tickets, on one hot event, over HTTP from this process against the standalone
 * server in its own process. `users` virtual buyers run the flow concurrently until `requests`
 * hold attempts are spent (over-demand: requests ÷ capacity). Afterwards the log is read back:
 * oversell 0, every confirmed booking has its tickets and its places sold, no ticket id twice.
 * Baseline in the same run: bench:holds' flash sale (holds only) and bare node:http.
 * BENCH_PRICE=0 runs the free path (confirmed at checkout, no payment step).
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '@booking/event-store';
import { bareHttpBaseline } from './lib/baseline';
import { holdsFlashSale, publishedEvent } from './lib/holds-sale';
import { startSplit, startStandalone } from './lib/standalone';
import { fmt, percentile, table } from './lib/stats';

const capacity = Number(process.env.BENCH_CAPACITY ?? 10_000);
const requests = Number(process.env.BENCH_REQUESTS ?? capacity * 4);
const users = Number(process.env.BENCH_CONNECTIONS ?? 100);
const price = Number(process.env.BENCH_PRICE ?? 4900);
const buyers = 200;
// BENCH_DEPLOYMENT=split: command API, projector and query API as separate processes (README).
const split = process.env.BENCH_DEPLOYMENT === 'split';
const SUCCEEDING_CARD = '4242424242424242';

type Step = 'hold' | 'checkout' | 'payment';

async function main() {
  const server = split ? await startSplit('booking') : await startStandalone('booking');
  const { dataDir } = server;
  const eventId = await publishedEvent(server, capacity, price);
  const tokens = Array.from({ length: buyers }, () => server.token(['attendee']));
  const latencies: Record<Step, number[]> = { hold: [], checkout: [], payment: [] };
  const statuses: Record<Step, Map<number, number>> = { hold: new Map(), checkout: new Map(), payment: new Map() };
  const confirmedTimes: number[] = [];
  const confirmedTickets = new Map<string, string[]>(); // bookingId → ticket ids, from the answers
  const unexpected: string[] = [];

  const call = async (step: Step, token: string, path: string, body: unknown) => {
    const started = performance.now();
    const response = await fetch(server.url + path, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': randomUUID(),
      },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as Record<string, unknown>;
    latencies[step].push(performance.now() - started);
    statuses[step].set(response.status, (statuses[step].get(response.status) ?? 0) + 1);
    if (response.status >= 500 || (step !== 'hold' && response.status >= 400))
      unexpected.push(`${step} ${response.status} ${JSON.stringify(answer).slice(0, 200)}`);
    return { status: response.status, answer };
  };

  let attempts = 0;
  const buyer = async (user: number) => {
    while (attempts < requests) {
      attempts++;
      const token = tokens[(user + attempts) % buyers];
      const hold = await call('hold', token, `/api/events/${eventId}/holds`, { quantity: 1 });
      if (hold.status !== 201) continue;
      const checkout = await call('checkout', token, '/api/bookings', {
        eventId,
        holds: [{ holdId: hold.answer.holdId }],
        buyer: { name: `Buyer ${user}`, email: `buyer-${user}@example.com` },
      });
      if (checkout.status !== 201) continue;
      const bookingId = checkout.answer.bookingId as string;
      const tickets = (checkout.answer.tickets as { ticketId: string }[]).map((t) => t.ticketId);
      if (checkout.answer.status === 'confirmed') {
        confirmedTimes.push(performance.now());
        confirmedTickets.set(bookingId, tickets);
        continue;
      }
      const payment = await call('payment', token, `/api/bookings/${bookingId}/payments`, {
        cardNumber: SUCCEEDING_CARD,
      });
      if (payment.status === 201 && payment.answer.bookingStatus === 'confirmed') {
        confirmedTimes.push(performance.now());
        confirmedTickets.set(bookingId, tickets);
      }
    }
  };

  const started = performance.now();
  await Promise.all(Array.from({ length: users }, (_, user) => buyer(user)));
  const confirmed = confirmedTimes.length;
  const saleSeconds = confirmed > 0 ? (Math.max(...confirmedTimes) - started) / 1000 : Number.NaN;

  // The places of confirmed bookings are sold by a policy from the log: wait until they all are.
  const soldWaitStarted = performance.now();
  let soldSeen = 0;
  while (performance.now() - soldWaitStarted < 30_000) {
    const response = await fetch(`${server.readUrl}/api/events/${eventId}/availability`);
    soldSeen = ((await response.json()) as { sold?: number }).sold ?? 0;
    if (soldSeen >= confirmed) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const soldAfter = (performance.now() - soldWaitStarted) / 1000;
  await server.stop();

  // Read back from the log.
  const store = new SqliteEventStore({ path: join(dataDir, 'events.db') });
  const events = [];
  for (let page = await store.readAll({ maxCount: 4096 }); page.length > 0;) {
    events.push(...page);
    page = await store.readAll({ after: page[page.length - 1].position, maxCount: 4096 });
  }
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
  const soldInLog = events
    .filter((e) => e.type === 'SeatsSold')
    .reduce((sum, e) => sum + ((e.data as { quantity?: number }).quantity ?? 0), 0);
  const confirmedInLog = events.filter((e) => e.type === 'BookingConfirmed');
  const ticketIds = confirmedInLog.flatMap((e) => (e.data as { ticketIds?: string[] }).ticketIds ?? []);
  const withoutTickets = confirmedInLog.filter((e) => !(e.data as { ticketIds?: string[] }).ticketIds?.length).length;
  const duplicateTickets = ticketIds.length - new Set(ticketIds).size;
  const answeredTickets = [...confirmedTickets.values()].flat();
  const answersMatchLog = answeredTickets.every((id) => new Set(ticketIds).has(id));

  const baseline = await holdsFlashSale({ capacity, requests, connections: users, buyers });
  const bare = await bareHttpBaseline(users, 10);

  const step = (name: Step) => {
    const sorted = [...latencies[name]].sort((a, b) => a - b);
    const counts = [...statuses[name]].map(([s, n]) => `${s}: ${fmt(n)}`).join(', ');
    return `${fmt(percentile(sorted, 50), 1)} ms / ${fmt(percentile(sorted, 99), 1)} ms   (${counts || 'none'})`;
  };
  console.log(
    `\nbench:booking — capacity ${fmt(capacity)}, ${fmt(requests)} hold attempts (${fmt(requests / capacity, 1)}× over-demand), ` +
      `${users} concurrent buyers, ${buyers} accounts, price ${price === 0 ? 'free' : `${fmt(price / 100, 2)} EUR (test-mode card)`}`,
  );
  console.log(
    table([
      ['confirmed bookings', fmt(confirmed)],
      ['sale over after', `${fmt(saleSeconds, 2)} s`],
      ['confirmed bookings/s', `**${fmt(confirmed / saleSeconds)}**`],
      ['hold p50 / p99', step('hold')],
      ['checkout p50 / p99', step('checkout')],
      ['payment p50 / p99', price === 0 ? '— (free)' : step('payment')],
      ['places sold (availability) after the sale', `${fmt(soldSeen)} (+${fmt(soldAfter, 2)} s)`],
      ['log: places sold', `${fmt(soldInLog)} of ${fmt(capacity)}`],
      ['log: oversell', fmt(Math.max(0, soldInLog - capacity))],
      ['log: confirmed bookings', fmt(confirmedInLog.length)],
      ['log: confirmed without tickets', fmt(withoutTickets)],
      ['log: ticket ids twice', fmt(duplicateTickets)],
      ['unexpected answers (5xx, refused checkout/payment)', fmt(unexpected.length)],
      ['baseline: bench:holds holds/s (same run)', `${fmt(baseline.holdsPerSecond)} (p99 ${fmt(baseline.p99, 1)} ms)`],
      ['ratio confirmed/s ÷ holds/s', `${fmt((100 * confirmed) / saleSeconds / baseline.holdsPerSecond, 1)} %`],
      ['baseline: bare node:http req/s', fmt(bare)],
      ['target', '≥ 1,500 confirmed bookings/s'],
    ]),
  );
  for (const line of unexpected.slice(0, 5)) console.log(`  e.g. ${line}`);
  const failed =
    soldInLog > capacity ||
    withoutTickets > 0 ||
    duplicateTickets > 0 ||
    !answersMatchLog ||
    confirmedInLog.length !== confirmed ||
    soldInLog !== ticketIds.length;
  if (failed) {
    console.error('FAILED: the log disagrees with the answers, sold more than the capacity, or lost tickets');
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
