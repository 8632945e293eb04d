import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CommandPipeline,
  type CommandContext,
  bookingModel,
  catalogModel,
  invoiceDocumentsModel,
  invoiceSeriesModel,
  readState,
} from '@booking/command-pipeline';
import { invoiceSeriesId, money } from '@booking/domain';
import { SqliteEventStore } from '@booking/event-store';
import { ManualClock } from '@booking/platform';
import { PolicyExecutor } from '../policy-executor';
import type { Trigger } from '../policy';
import { invoiceIdOf, issueInvoices } from './issue-invoices.policy';

const T0 = new Date('2030-12-31T23:59:00Z');
const organizerId = randomUUID();
const olga: CommandContext = { actor: { userId: organizerId, roles: ['organizer'] }, correlationId: 'c-olga' };
const alice: CommandContext = { actor: { userId: 'alice', roles: ['attendee'] }, correlationId: 'c-alice' };
const ADDRESS = { name: 'Alice', street: 'Main St 1', postalCode: '1000', city: 'Lisbon', country: 'PT' };

/** The policy from the log's point of view: redelivered, interrupted halfway, across a new year. */
describe('issue-invoices policy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'issue-invoices-'));
  const store = new SqliteEventStore({ path: join(dir, 'log.db') });
  const clock = new ManualClock(T0);
  const pipeline = new CommandPipeline(store, randomUUID, { clock });
  const executor = new PolicyExecutor(pipeline);
  const eventId = randomUUID();
  beforeAll(async () => {
    await pipeline.execute(
      catalogModel,
      eventId,
      {
        type: 'CreateEvent',
        data: {
          eventId,
          title: 'New Year Gig',
          description: '',
          category: 'music',
          startsAt: '2031-06-01T20:00:00Z',
          venue: { name: 'Hall', city: 'Lisbon', country: 'PT' },
          capacity: 10,
          allowedCategories: ['music'],
        },
      },
      olga,
    );
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A free booking with an invoice address: confirmed by its placement. Returns the BookingConfirmed trigger. */
  async function confirmedBooking(): Promise<{ bookingId: string; trigger: Trigger }> {
    const bookingId = randomUUID();
    const holdId = randomUUID();
    const ticket = { ticketId: randomUUID(), holdId, tierId: 'guest', tierName: 'Guest', price: money(0, 'EUR') };
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
          holds: [{ holdId, quantity: 1 }],
          tickets: [ticket],
          paymentDeadline: new Date(clock.now().getTime() + 900_000).toISOString(),
          invoiceAddress: ADDRESS,
        },
      },
      alice,
    );
    const i = placed.events.findIndex((e) => e.type === 'BookingConfirmed');
    return {
      bookingId,
      trigger: { ...placed.events[i]!, id: placed.eventIds[i]!, correlationId: 'c' } as Trigger,
    };
  }

  it('issues one invoice however often the trigger is handled', async () => {
    const { bookingId, trigger } = await confirmedBooking();
    await executor.run(issueInvoices, trigger);
    await executor.run(issueInvoices, trigger);
    await executor.run(issueInvoices, { ...trigger, id: randomUUID() }); // even under another trigger id
    const events = await store.readStream(`invoice_docs-${bookingId}`);
    expect(events.map((e) => e.type)).toEqual(['InvoiceNumberRequested', 'InvoiceIssued']);
    expect(events[1]!.data).toMatchObject({ documentId: invoiceIdOf(bookingId), sequence: 1, kind: 'invoice' });
  });

  it('finishes an invoice whose number was taken before a crash with that number, even after new year', async () => {
    const { bookingId } = await confirmedBooking();
    const documentId = invoiceIdOf(bookingId);
    // The crash: the request and the number are written, the document is not.
    const requested = await pipeline.execute(
      invoiceDocumentsModel,
      bookingId,
      { type: 'RequestInvoiceNumber', data: { documentId, bookingId, organizerId } },
      alice,
    );
    const { series, year } = requested.state.requested[documentId]!;
    expect(series).toBe(invoiceSeriesId(organizerId, 2030));
    await pipeline.execute(
      invoiceSeriesModel,
      series,
      { type: 'AssignInvoiceNumber', data: { series, prefix: 'X', year, documentId, bookingId } },
      alice,
    );
    clock.set(new Date('2031-01-01T00:05:00Z')); // the process comes back in the new year
    const booking = await readState(store, bookingModel, bookingId);
    expect(booking.status).toBe('confirmed');
    const confirmed = (await store.readStream(`booking-${bookingId}`)).find((e) => e.type === 'BookingConfirmed')!;
    await executor.run(issueInvoices, { ...confirmed, correlationId: 'c' } as unknown as Trigger);
    const docs = await store.readStream(`invoice_docs-${bookingId}`);
    expect(docs.map((e) => e.type)).toEqual(['InvoiceNumberRequested', 'InvoiceIssued']);
    expect(docs[1]!.data).toMatchObject({ series, sequence: 2, number: 'X-2030-000002' });
    // The 2030 series has no gap; the next booking starts the 2031 series at 1.
    const numbers = (await store.readStream(`invoice_series-${series}`)).map((e) => e.data);
    expect(numbers.map((n) => (n as { sequence: number }).sequence)).toEqual([1, 2]);
    const next = await confirmedBooking();
    await executor.run(issueInvoices, next.trigger);
    const nextDocs = await store.readStream(`invoice_docs-${next.bookingId}`);
    expect(nextDocs[1]!.data).toMatchObject({ series: invoiceSeriesId(organizerId, 2031), sequence: 1 });
  });
});
