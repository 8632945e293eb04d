import { type ChildProcess, spawn } from 'node:child_process';
import { createPrivateKey, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { freePort } from '../testing/free-port';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TEST_CARDS } from '@booking/command-api';
import { type RecordedEvent, SqliteEventStore } from '@booking/event-store';
import { ReadModelSnapshots, listen, loadConfig } from '@booking/platform';
import { ALL_PROJECTIONS, READ_MODEL_DIRECTORY, type ReadModelDirectory } from '@booking/projections';
import { READ_STORE, type ReadStore } from '@booking/read-store';
import { createStandaloneApp } from '../create-standalone-app';

const root = join(__dirname, '..', '..', '..', '..');
const BUYERS = 48;
const CONCURRENCY = 12;

/** The built platform as its own process (npm start's), on `dir`, webhooks on and some delivered twice. */
async function startProcess(dir: string) {
  const entry = join(root, 'dist', 'apps', 'standalone', 'src', 'main.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build:server (npm test does)`);
  const port = await freePort();
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', entry], {
    env: {
      ...process.env,
      DATA_DIR: dir,
      DEMO_MODE: 'false',
      WEB_DIST: join(dir, 'no-web'),
      PORT: String(port),
      LOG_LEVEL: 'fatal',
      PAYMENTS_TEST_MODE_WEBHOOKS: 'on',
      PAYMENTS_TEST_MODE_WEBHOOK_DUPLICATE_RATE: '0.3',
      PAYMENTS_TEST_MODE_WEBHOOK_MAX_DELAY_MS: '30',
      READ_MODEL_SNAPSHOT_INTERVAL_MS: '1000', // snapshots are written while the storm goes on
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (ended(child)) throw new Error(`the platform exited with ${child.exitCode ?? child.signalCode}`);
    try {
      if ((await fetch(`${url}/ready`)).ok) return { url, child };
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the platform did not start');
}

/** Whether the process has ended: with an exit code, or killed by a signal (then `exitCode` stays null). */
const ended = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** Resolves once the process has ended, however long ago that was. */
const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (ended(child) ? resolve() : child.once('exit', () => resolve())));

const stopGracefully = (child: ChildProcess) => {
  const done = exited(child);
  if (!ended(child)) child.kill('SIGTERM');
  return done;
};

/** Every read model as its documents, by projection name, from an app in this process. */
async function dump(app: NestFastifyApplication): Promise<Record<string, string[]>> {
  const directory = app.get<ReadModelDirectory>(READ_MODEL_DIRECTORY);
  const store = app.get<ReadStore>(READ_STORE);
  const out: Record<string, string[]> = {};
  for (const { name } of ALL_PROJECTIONS) {
    const docs = await store.collection((await directory.collectionName(name))!).find({});
    out[name] = docs.map((doc) => JSON.stringify(doc)).sort();
  }
  return out;
}

async function inProcess(dir: string, env: Record<string, string>) {
  const config = loadConfig({ DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'fatal', DEMO_MODE: 'false', ...env });
  const app: NestFastifyApplication = await createStandaloneApp(config);
  await listen(app, config);
  return app;
}

async function wholeLog(dir: string): Promise<RecordedEvent[]> {
  const store = new SqliteEventStore({ path: join(dir, 'events.db') });
  const events: RecordedEvent[] = [];
  for (let after = 0n; ;) {
    const page = await store.readAll({ after, maxCount: 4096 });
    if (page.length === 0) break;
    events.push(...page);
    after = page.at(-1)!.position;
  }
  await store.close();
  return events;
}

/**
 * Issue 12, reliability: the platform killed with SIGKILL in the middle of a payment storm
 * (bookings paid through the test-mode provider, a declined card then a retry among them,
 * webhooks duplicated, read-model snapshots being written), then started again. No acknowledged
 * confirmation is lost, no booking keeps two payments, invoice numbers run without a gap or a
 * repeat, the ledger balances and matches the log's money, and every read model equals a fresh
 * rebuild from the log. The embedded provider lives in the killed process, so a payment in flight
 * at the kill is simply not taken (Stripe's state would outlive our process; its webhooks would
 * then complete such a payment).
 */
describe('a payment storm killed with SIGKILL', () => {
  let dir: string;
  const children: ChildProcess[] = [];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'payment-kill-'));
  });
  afterAll(async () => {
    for (const child of children) if (!ended(child)) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses no acknowledged payment, pays nothing twice, keeps invoices gapless and the ledger balanced', async () => {
    const first = await startProcess(dir);
    children.push(first.child);
    const key = createPrivateKey(readFileSync(join(dir, 'keys', 'jwt-private.pem')));
    const token = (userId: string, roles: string[]) =>
      jwt.sign({ roles }, key, {
        algorithm: 'ES256',
        subject: userId,
        issuer: 'booking-platform',
        audience: 'booking-api',
        expiresIn: 900,
      });
    const organizer = token(randomUUID(), ['organizer']);
    const admin = token(randomUUID(), ['admin']);
    const finance = token(randomUUID(), ['finance']);
    const call = async (url: string, method: string, path: string, bearer: string, body?: unknown, headers = {}) => {
      const response = await fetch(url + path, {
        method,
        headers: {
          authorization: `Bearer ${bearer}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    };

    const created = await call(first.url, 'POST', '/api/events', organizer, {
      title: 'Storm Night',
      description: 'Paid in a storm',
      category: 'music',
      startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      venue: { name: 'Hall', city: 'Ghent', country: 'BE' },
      capacity: 500,
      priceTiers: [{ id: 'standard', name: 'Standard', price: { amount: 2500, currency: 'EUR' } }],
    });
    expect(created.status).toBe(201);
    const eventId = created.body.eventId as string;
    for (const [step, by] of [
      ['submit', organizer],
      ['approve', admin],
      ['publish', organizer],
    ] as const) {
      expect((await call(first.url, 'POST', `/api/events/${eventId}/${step}`, by)).status).toBe(200);
    }

    // The storm: each buyer holds, books and pays (every seventh with a declined card first).
    const acknowledged = new Map<string, string>(); // bookingId → its buyer's token
    let answered = 0;
    let killed = false;
    const buyer = async (i: number) => {
      const bearer = token(randomUUID(), ['attendee']);
      try {
        const held = await call(first.url, 'POST', `/api/events/${eventId}/holds`, bearer, { quantity: 1 + (i % 2) });
        if (held.status !== 201) return;
        const placed = await call(first.url, 'POST', '/api/bookings', bearer, {
          eventId,
          holds: [{ holdId: held.body.holdId }],
          buyer: { name: `Buyer ${i}`, email: `buyer${i}@example.com` },
        });
        if (placed.status !== 201) return;
        const bookingId = placed.body.bookingId as string;
        const cards = i % 7 === 3 ? [TEST_CARDS.insufficientFunds, TEST_CARDS.succeeds] : [TEST_CARDS.succeeds];
        for (const cardNumber of cards) {
          const paid = await call(
            first.url,
            'POST',
            `/api/bookings/${bookingId}/payments`,
            bearer,
            { cardNumber },
            {
              'idempotency-key': randomUUID(),
            },
          );
          if (paid.status < 300 && paid.body.bookingStatus === 'confirmed') acknowledged.set(bookingId, bearer);
        }
      } catch {
        // the process was killed under this request
      } finally {
        answered++;
        if (!killed && answered >= BUYERS / 3) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < BUYERS && !killed) await buyer(next++);
      }),
    );
    await exited(first.child);
    expect(killed).toBe(true);
    expect(acknowledged.size).toBeGreaterThan(0);

    // Started again on the same data: every acknowledged confirmation is there.
    const second = await startProcess(dir);
    children.push(second.child);
    for (const [bookingId, bearer] of acknowledged) {
      const booking = await call(second.url, 'GET', `/api/bookings/${bookingId}`, bearer);
      expect({ bookingId, status: booking.body.status }).toEqual({ bookingId, status: 'confirmed' });
    }
    // Quiet: the policies caught up (nothing appended for a while).
    let last = '';
    for (let stable = 0, i = 0; stable < 3 && i < 100; i++) {
      await new Promise((r) => setTimeout(r, 300));
      const ledger = await call(second.url, 'GET', '/api/finance/ledger', finance);
      expect(ledger.status).toBe(200);
      const seen = `${ledger.body.lastPosition}/${ledger.body.entries}`;
      stable = seen === last ? stable + 1 : 0;
      last = seen;
    }
    const ledger = (await call(second.url, 'GET', '/api/finance/ledger', finance)).body;
    expect(ledger.balanced).toBe(true);
    await stopGracefully(second.child); // writes the snapshot of its read models

    // The log: what money moved, per booking; each series' invoice numbers.
    const log = await wholeLog(dir);
    const perBooking = new Map<string, { paid: number; unapplied: number; confirmedWith?: string }>();
    const refundAmounts = new Map<string, number>();
    let provider = 0;
    const sequences = new Map<string, number[]>();
    for (const event of log) {
      const data = event.data as Record<string, unknown> & { bookingId: string };
      const money = perBooking.get(data.bookingId) ?? { paid: 0, unapplied: 0 };
      if (event.type === 'PaymentSucceeded') {
        money.paid++;
        provider += (data.amount as { amount: number }).amount;
      }
      if (event.type === 'BookingConfirmed' && data.paymentId) money.confirmedWith = data.paymentId as string;
      if (event.type === 'RefundRequested' && data.paymentId !== money.confirmedWith) money.unapplied++;
      if (event.type === 'RefundOpened')
        refundAmounts.set(data.refundId as string, (data.amount as { amount: number }).amount);
      if (event.type === 'RefundSucceeded') provider -= refundAmounts.get(data.refundId as string) ?? 0;
      if (event.type === 'InvoiceNumberAssigned') {
        sequences.set(data.series as string, [
          ...(sequences.get(data.series as string) ?? []),
          data.sequence as number,
        ]);
      }
      perBooking.set(data.bookingId, money);
    }
    // No booking keeps two payments: a second one is always on its way back.
    for (const [bookingId, money] of perBooking) {
      if (money.paid > 1) expect({ bookingId, kept: money.paid - money.unapplied }).toEqual({ bookingId, kept: 1 });
    }
    for (const [series, numbers] of sequences) {
      expect({ series, numbers }).toEqual({ series, numbers: numbers.map((_, i) => i + 1) });
    }
    expect(
      ledger.accounts.find((a: { account: string }) => a.account === 'assets:provider:test-mode')?.balance ?? 0,
    ).toBe(provider);

    // Every read model as the restarted platform left it (its snapshot) equals a rebuild from the log.
    const resumed = await inProcess(dir, {});
    expect(resumed.get(ReadModelSnapshots).lastLoad).toMatchObject({ loaded: true });
    const kept = await dump(resumed);
    await resumed.close();
    const fresh = await inProcess(dir, { READ_MODEL_SNAPSHOTS: 'off' });
    const rebuilt = await dump(fresh);
    await fresh.close();
    expect(rebuilt.ledger!.length).toBeGreaterThan(0);
    expect(kept).toEqual(rebuilt);
  }, 300_000);
});
