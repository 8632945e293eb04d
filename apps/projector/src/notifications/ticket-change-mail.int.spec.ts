import { randomUUID } from 'node:crypto';
import type { TicketReissued, TicketTransferred } from '@booking/domain';
import { type RecordedEvent, SqliteEventStore } from '@booking/event-store';
import { DevMailbox, MailRenderer } from '@booking/mailer';
import type { BookingDoc, CatalogEventDoc, ReadModelDirectory } from '@booking/projections';
import { MemoryReadStore } from '@booking/read-store';
import { TicketCodes, TicketPdfRenderer, ticketSigningSecrets } from '@booking/tickets';
import { TicketChangeMail } from './ticket-change-mail';

const bookingId = '0190c000-0000-7000-8000-00000000001b';
const eventId = '0190c000-0000-7000-8000-00000000001e';
const t1 = '0190c000-0000-7000-8000-0000000000b1';
const eur = (amount: number) => ({ amount, currency: 'EUR' });
const ticket = (ticketId: string, seat: string) => ({
  ticketId,
  holdId: 'h1',
  sectionId: 'stalls',
  seatId: `stalls:A:${seat}`,
  tierId: 'std',
  tierName: 'Standard',
  price: eur(3000),
});

const booking = (tickets: BookingDoc['tickets'], status: BookingDoc['status'] = 'confirmed'): BookingDoc => ({
  _id: bookingId,
  _position: 3,
  eventId,
  buyerId: 'alice',
  buyerName: 'Ada Lovelace',
  buyerEmail: 'ada@example.com',
  status,
  tickets,
  total: eur(6000),
  paymentDeadline: '2030-01-01T00:15:00.000Z',
  placedAt: '2030-01-01T00:00:00.000Z',
  payments: [],
  refunds: [],
});
const event = {
  _id: eventId,
  _position: 1,
  title: 'Night Concert',
  startsAt: '2030-06-01T19:00:00.000Z',
  timeZone: 'Europe/Lisbon',
  venue: { name: 'Hall', city: 'Lisbon', country: 'PT' },
  seating: { planVersion: 1, sections: [{ id: 'stalls', name: 'Stalls' }] },
} as unknown as CatalogEventDoc;

let position = 10n;
const recorded = <D>(type: string, data: D): RecordedEvent<D> => ({
  id: randomUUID(),
  type,
  data,
  metadata: {
    correlationId: 'c1',
    causationId: 'c1',
    actor: 'alice',
    schemaVersion: 1,
    occurredAt: '2030-01-01T00:00:05.000Z',
  },
  stream: `booking-${bookingId}`,
  revision: 1n,
  position: ++position,
});
const transferred = (reissue = 1, toEmail = 'bob@example.com') =>
  recorded<TicketTransferred['data']>('TicketTransferred', {
    bookingId,
    eventId,
    buyerId: 'alice',
    ticketId: t1,
    toName: 'Bob Builder',
    toEmail,
    reissue,
  });
const reissued = (reissue: number) =>
  recorded<TicketReissued['data']>('TicketReissued', {
    bookingId,
    eventId,
    buyerId: 'alice',
    ticketId: t1,
    reissue,
    by: 'buyer',
    reason: 'lost',
  });

describe('TicketChangeMail', () => {
  let store: SqliteEventStore;
  let readStore: MemoryReadStore;
  let mailbox: DevMailbox;
  const codes = new TicketCodes(ticketSigningSecrets(1, new Map([[1, new Uint8Array(32).fill(7)]])));
  const directory = {
    waitFor: async () => true,
    collectionName: async (name: string) => name,
  } as unknown as ReadModelDirectory;

  beforeEach(async () => {
    store = new SqliteEventStore({ path: ':memory:' });
    readStore = new MemoryReadStore();
    mailbox = new DevMailbox();
    await readStore.collection<CatalogEventDoc>('catalog-events').insertOne(event);
  });
  afterEach(async () => {
    await store.close();
  });

  const holdsTickets = (tickets: BookingDoc['tickets'], status?: BookingDoc['status']) =>
    readStore.collection<BookingDoc>('bookings').insertOne(booking(tickets, status));
  const make = () =>
    new TicketChangeMail(
      store,
      readStore,
      directory,
      mailbox,
      new MailRenderer({ publicUrl: 'https://tickets.example.org' }),
      codes,
      new TicketPdfRenderer({ threads: 0 }),
      { now: () => new Date('2030-01-01T00:00:06.000Z') },
      { next: () => randomUUID() },
    );

  it('mails the new holder their one ticket with its new code, and the buyer whom it went to, once', async () => {
    await holdsTickets([
      { ...ticket(t1, '1'), attendeeName: 'Bob Builder', holderEmail: 'bob@example.com', reissue: 1 },
      ticket('0190c000-0000-7000-8000-0000000000b2', '2'),
    ]);
    const trigger = transferred();
    await make().handle(trigger);
    await make().handle(trigger); // replayed, or another process
    const [toHolder, ...rest] = mailbox.list({ to: 'bob@example.com' });
    expect(rest).toEqual([]);
    expect(toHolder).toMatchObject({ template: 'ticket-received', subject: 'A ticket for you: Night Concert' });
    expect(toHolder!.text).toContain('Ada Lovelace gave you a ticket for "Night Concert"');
    expect(toHolder!.text).toContain('Section Stalls · Row A · Seat 1: Standard');
    const pdf = toHolder!.attachments![0]!.content.toString('latin1');
    expect(pdf.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(1);
    const toBuyer = mailbox.list({ to: 'ada@example.com' });
    expect(toBuyer.map((m) => m.template)).toEqual(['ticket-transferred']);
    expect(toBuyer[0]!.text).toContain('now belongs to Bob Builder <bob@example.com>');
  });

  it('mails a reissued ticket to its holder: the buyer, or whom it was given to', async () => {
    await holdsTickets([{ ...ticket(t1, '1'), reissue: 1 }]);
    await make().handle(reissued(1));
    expect(mailbox.list().map((m) => [m.to, m.subject])).toEqual([
      ['ada@example.com', 'Your new ticket: Night Concert'],
    ]);
    await readStore
      .collection<BookingDoc>('bookings')
      .replaceOne(
        { _id: bookingId },
        booking([{ ...ticket(t1, '1'), attendeeName: 'Bob', holderEmail: 'bob@example.com', reissue: 3 }]),
      );
    await make().handle(reissued(3));
    expect(mailbox.list({ to: 'bob@example.com' }).map((m) => m.text)).toEqual([expect.stringMatching(/^Hi Bob,/)]);
  });

  it('sends nothing for a change a later one superseded, a cancelled ticket or a booking no longer confirmed', async () => {
    await holdsTickets([{ ...ticket(t1, '1'), attendeeName: 'Carol', holderEmail: 'carol@example.com', reissue: 2 }]);
    await make().handle(transferred(1));
    await readStore
      .collection<BookingDoc>('bookings')
      .replaceOne(
        { _id: bookingId },
        booking([{ ...ticket(t1, '1'), reissue: 1, cancelledAt: '2030-01-02T00:00:00Z' }]),
      );
    await make().handle(reissued(1));
    await readStore
      .collection<BookingDoc>('bookings')
      .replaceOne({ _id: bookingId }, booking([{ ...ticket(t1, '1'), reissue: 1 }], 'cancelled'));
    await make().handle(reissued(1));
    expect(mailbox.list()).toEqual([]);
  });
});
