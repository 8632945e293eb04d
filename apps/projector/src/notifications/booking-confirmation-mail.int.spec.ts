import { randomUUID } from 'node:crypto';
import type { BookingConfirmed, TicketsResendRequested } from '@booking/domain';
import { type RecordedEvent, SqliteEventStore } from '@booking/event-store';
import { DevMailbox, type Mailer, MailRenderer } from '@booking/mailer';
import type { BookingDoc, CatalogEventDoc, ReadModelDirectory } from '@booking/projections';
import { MemoryReadStore } from '@booking/read-store';
import { TicketCodes, TicketPdfRenderer, ticketSigningSecrets } from '@booking/tickets';
import { BookingConfirmationMail } from './booking-confirmation-mail';

const bookingId = '0190c000-0000-7000-8000-00000000000b';
const eventId = '0190c000-0000-7000-8000-00000000000e';
const eur = (amount: number) => ({ amount, currency: 'EUR' });

const booking = (status: BookingDoc['status'] = 'confirmed', buyerEmail = 'ada@example.com'): BookingDoc => ({
  _id: bookingId,
  _position: 3,
  eventId,
  buyerId: 'alice',
  buyerName: 'Ada Lovelace',
  buyerEmail,
  status,
  tickets: [
    {
      ticketId: '0190c000-0000-7000-8000-0000000000a1',
      holdId: 'h1',
      sectionId: 'stalls',
      seatId: 'stalls:A:1',
      tierId: 'std',
      tierName: 'Standard',
      price: eur(3000),
      attendeeName: 'Ada',
    },
    {
      ticketId: '0190c000-0000-7000-8000-0000000000a2',
      holdId: 'h1',
      sectionId: 'stalls',
      seatId: 'stalls:A:2',
      tierId: 'std',
      tierName: 'Standard',
      price: eur(3000),
    },
  ],
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
const confirmed = () =>
  recorded<BookingConfirmed['data']>('BookingConfirmed', {
    bookingId,
    eventId,
    buyerId: 'alice',
    holds: [],
    ticketIds: ['t1', 't2'],
    paymentId: 'p1',
    reason: 'paid',
  });
const resend = () =>
  recorded<TicketsResendRequested['data']>('TicketsResendRequested', {
    bookingId,
    eventId,
    requestedBy: 'olga',
    requestedAt: '2030-01-01T00:01:00.000Z',
  });

describe('BookingConfirmationMail', () => {
  let store: SqliteEventStore;
  let readStore: MemoryReadStore;
  let mailbox: DevMailbox;
  let mailer: Mailer;
  let pm: BookingConfirmationMail;
  const directory = {
    waitFor: async () => true,
    collectionName: async (name: string) => name,
  } as unknown as ReadModelDirectory;

  beforeEach(async () => {
    store = new SqliteEventStore({ path: ':memory:' });
    readStore = new MemoryReadStore();
    mailbox = new DevMailbox();
    mailer = mailbox;
    await readStore.collection<BookingDoc>('bookings').insertOne(booking());
    await readStore.collection<CatalogEventDoc>('catalog-events').insertOne(event);
    pm = make();
  });
  afterEach(async () => {
    await store.close();
  });

  const make = () =>
    new BookingConfirmationMail(
      store,
      readStore,
      directory,
      { send: (mail) => mailer.send(mail) },
      new MailRenderer({ publicUrl: 'https://tickets.example.org' }),
      new TicketCodes(ticketSigningSecrets(1, new Map([[1, new Uint8Array(32).fill(7)]]))),
      new TicketPdfRenderer({ threads: 0 }),
      { now: () => new Date('2030-01-01T00:00:06.000Z') },
      { next: () => randomUUID() },
    );

  it('mails the buyer once per confirmation with the tickets PDF attached and a link to the booking', async () => {
    const trigger = confirmed();
    await pm.handle(trigger);
    await pm.handle(trigger); // the feed re-runs
    await make().handle(trigger); // another process, or a restart from position 0
    const mails = mailbox.list();
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail).toMatchObject({ to: 'ada@example.com', template: 'booking-confirmed' });
    expect(mail.subject).toBe('Your tickets: Night Concert (booking 0000000B)');
    expect(mail.text).toContain(`https://tickets.example.org/bookings/${bookingId}`);
    expect(mail.text).toContain('Section Stalls · Row A · Seat 2, Ada Lovelace: Standard, €30.00');
    expect(mail.attachments).toHaveLength(1);
    const [pdf] = mail.attachments!;
    expect(pdf).toMatchObject({ filename: 'tickets-0000000B.pdf', contentType: 'application/pdf' });
    expect(pdf.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.content.toString('latin1').match(/\/Type \/Page\b(?!s)/g)).toHaveLength(2);
  });

  it('mails again once per resend request, and never twice for one', async () => {
    await pm.handle(confirmed());
    const first = resend();
    await pm.handle(first);
    await pm.handle(first);
    await pm.handle(resend());
    const subjects = mailbox.list().map((m) => m.subject);
    expect(subjects).toEqual([
      'Your tickets again: Night Concert (booking 0000000B)',
      'Your tickets again: Night Concert (booking 0000000B)',
      'Your tickets: Night Concert (booking 0000000B)',
    ]);
  });

  it('resends only the tickets still valid, each at its own price, with their total', async () => {
    const doc = booking();
    const [cancelled, kept] = doc.tickets;
    await readStore.collection<BookingDoc>('bookings').replaceOne(
      { _id: bookingId },
      {
        ...doc,
        tickets: [
          { ...cancelled!, cancelledAt: '2030-01-02T00:00:00.000Z' },
          { ...kept!, tierName: 'VIP', price: eur(12000) },
        ],
        total: eur(15000),
      },
    );
    await pm.handle(resend());
    const [mail] = mailbox.list();
    expect(mail!.text).toContain('Section Stalls · Row A · Seat 2, Ada Lovelace: VIP, €120.00');
    expect(mail!.text).not.toContain('Seat 1');
    expect(mail!.text).toContain('€120.00');
    expect(mail!.text).not.toContain('€150.00');
    expect(mail!.attachments![0]!.content.toString('latin1').match(/\/Type \/Page\b(?!s)/g)).toHaveLength(1);
  });

  it('sends nothing for a booking no longer confirmed, nor to an erased buyer', async () => {
    await readStore.collection<BookingDoc>('bookings').replaceOne({ _id: bookingId }, booking('cancelled'));
    await pm.handle(confirmed());
    await readStore.collection<BookingDoc>('bookings').replaceOne({ _id: bookingId }, booking('confirmed', '[erased]'));
    await pm.handle(confirmed());
    expect(mailbox.list()).toEqual([]);
  });

  it('records a failed send and tries again when the trigger is handled again', async () => {
    let failing = true;
    mailer = {
      send: async (mail) => {
        if (failing) throw new Error('smtp down');
        return mailbox.send(mail);
      },
    };
    const trigger = confirmed();
    await expect(pm.handle(trigger)).rejects.toThrow('smtp down');
    failing = false;
    await pm.handle(trigger);
    await pm.handle(trigger);
    expect(mailbox.list()).toHaveLength(1);
  });
});
