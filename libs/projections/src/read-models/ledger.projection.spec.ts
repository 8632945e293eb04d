import type { RecordedEvent } from '@booking/event-store';
import { type LedgerDoc, entriesUpTo, ledgerProjection, trialBalance } from './ledger.projection';

let position = 0n;
const recorded = (type: string, stream: string, data: Record<string, unknown>, id?: string): RecordedEvent => {
  position += 1n;
  return {
    id: id ?? `e${position}`,
    type,
    data,
    metadata: { occurredAt: new Date(Date.UTC(2030, 0, 1, 0, 0, Number(position))).toISOString() },
    stream,
    revision: position,
    position,
  } as unknown as RecordedEvent;
};

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const placed = (bookingId = 'b1') =>
  recorded('BookingPlaced', `booking-${bookingId}`, { bookingId, eventId: 'ev1', buyerId: 'alice', total: eur(5000) });
const paid = (paymentId = 'p1', amount = 5000, bookingId = 'b1') =>
  recorded('PaymentSucceeded', `payment-${paymentId}`, {
    paymentId,
    bookingId,
    amount: eur(amount),
    provider: 'test-mode',
    reference: `pi_${paymentId}`,
  });
const confirmed = (paymentId = 'p1', bookingId = 'b1') =>
  recorded('BookingConfirmed', `booking-${bookingId}`, {
    bookingId,
    eventId: 'ev1',
    buyerId: 'alice',
    holds: [],
    ticketIds: ['t1', 't2'],
    paymentId,
    reason: 'paid',
  });
const refundRequested = (refundId: string, paymentId: string, amount: number) =>
  recorded(
    'RefundRequested',
    'booking-b1',
    { bookingId: 'b1', buyerId: 'alice', paymentId, amount: eur(amount), reason: 'tickets cancelled' },
    refundId,
  );
const ids = (refundId: string, paymentId = 'p1') => ({ refundId, bookingId: 'b1', paymentId });
const opened = (refundId: string, amount: number, paymentId = 'p1') =>
  recorded('RefundOpened', `refund-${refundId}`, {
    ...ids(refundId, paymentId),
    buyerId: 'alice',
    amount: eur(amount),
    reason: 'x',
    provider: 'test-mode',
    intentId: 'pi_1',
  });
const refunded = (refundId: string) =>
  recorded('RefundSucceeded', `refund-${refundId}`, { ...ids(refundId), providerRefundId: 're_1' });
const failed = (refundId: string) =>
  recorded('RefundFailed', `refund-${refundId}`, { ...ids(refundId), reason: 'expired_or_canceled_card' });
const manual = (refundId: string) =>
  recorded('RefundResolvedManually', `refund-${refundId}`, { ...ids(refundId), note: 'Bank transfer', by: 'fin' });

function project(events: RecordedEvent[], docs = new Map<string, LedgerDoc>()): Map<string, LedgerDoc> {
  for (const event of events) {
    if (!ledgerProjection.eventTypes.includes(event.type)) continue;
    const key = ledgerProjection.keyOf(event)!;
    const current = docs.get(key) ?? null;
    if (current && current._position >= Number(event.position)) continue; // the runner's guard
    const next = ledgerProjection.evolve(current, event);
    if (next) docs.set(key, { ...next, _position: Number(event.position) } as LedgerDoc);
  }
  return docs;
}

const balanceOf = (docs: Map<string, LedgerDoc>, account: string) =>
  trialBalance(entriesUpTo(docs.values(), {})).accounts.find((a) => a.account === account)?.balance ?? 0;

describe('ledger read model', () => {
  it('books a payment into the provider account, then owes it to the organizer once the tickets are confirmed', () => {
    const docs = project([placed(), paid(), confirmed()]);
    const doc = docs.get('b1')!;
    expect(doc.entries.map((e) => e.eventType)).toEqual(['PaymentSucceeded', 'BookingConfirmed']);
    expect(doc.entries[0]).toMatchObject({
      stream: 'payment-p1',
      currency: 'EUR',
      lines: [
        { account: 'assets:provider:test-mode', debit: 5000, credit: 0 },
        { account: 'liabilities:buyer-funds', debit: 0, credit: 5000 },
      ],
    });
    const { accounts, balanced } = trialBalance(entriesUpTo(docs.values(), {}));
    expect(balanced).toBe(true);
    expect(accounts).toEqual([
      { account: 'assets:provider:test-mode', kind: 'asset', currency: 'EUR', debit: 5000, credit: 0, balance: 5000 },
      { account: 'liabilities:buyer-funds', kind: 'liability', currency: 'EUR', debit: 5000, credit: 5000, balance: 0 },
      { account: 'liabilities:event:ev1', kind: 'liability', currency: 'EUR', debit: 0, credit: 5000, balance: 5000 },
    ]);
  });

  it('takes a ticket refund from what the organizer is owed, and out of the provider when it is paid back', () => {
    const docs = project([placed(), paid(), confirmed(), refundRequested('r1', 'p1', 2000), opened('r1', 2000)]);
    expect(balanceOf(docs, 'liabilities:event:ev1')).toBe(3000);
    expect(balanceOf(docs, 'liabilities:refunds-owed')).toBe(2000);
    expect(balanceOf(docs, 'assets:provider:test-mode')).toBe(5000);
    project([refunded('r1'), refunded('r1')], docs); // a duplicate outcome moves nothing twice
    expect(balanceOf(docs, 'liabilities:refunds-owed')).toBe(0);
    expect(balanceOf(docs, 'assets:provider:test-mode')).toBe(3000);
    expect(trialBalance(entriesUpTo(docs.values(), {})).balanced).toBe(true);
  });

  it('gives a late or second payment back from the buyer funds, not from the organizer', () => {
    const docs = project([placed(), paid(), confirmed(), paid('p2', 5000), refundRequested('r2', 'p2', 5000)]);
    expect(balanceOf(docs, 'liabilities:event:ev1')).toBe(5000);
    expect(balanceOf(docs, 'liabilities:buyer-funds')).toBe(0);
    expect(balanceOf(docs, 'liabilities:refunds-owed')).toBe(5000);
  });

  it('books a failed refund resolved by hand out of the bank, once', () => {
    const docs = project([
      placed(),
      paid(),
      confirmed(),
      refundRequested('r3', 'p1', 5000),
      opened('r3', 5000),
      failed('r3'),
    ]);
    expect(balanceOf(docs, 'liabilities:refunds-owed')).toBe(5000); // still owed: the failure moved nothing
    project([manual('r3')], docs);
    expect(balanceOf(docs, 'liabilities:refunds-owed')).toBe(0);
    expect(balanceOf(docs, 'assets:bank')).toBe(-5000);
    expect(balanceOf(docs, 'assets:provider:test-mode')).toBe(5000);
    expect(trialBalance(entriesUpTo(docs.values(), {})).balanced).toBe(true);
  });

  it('records nothing for a free booking, and each payment once however often it is delivered', () => {
    const free = project([
      placed('b9'),
      recorded('BookingConfirmed', 'booking-b9', {
        bookingId: 'b9',
        eventId: 'ev1',
        buyerId: 'alice',
        holds: [],
        ticketIds: ['t9'],
        reason: 'free',
      }),
    ]);
    expect(free.get('b9')!.entries).toEqual([]);
    const success = paid('p5', 1200, 'b5');
    const docs = project([placed('b5'), success]);
    const replayed = ledgerProjection.evolve(docs.get('b5')!, success)!; // the same event again
    expect(replayed.entries).toHaveLength(1);
    const again = project([paid('p5', 1200, 'b5')], docs); // a second success of the same payment
    expect(again.get('b5')!.entries).toHaveLength(1);
  });

  it('cuts the ledger at a log position or a time: entries after it are left out', () => {
    const docs = project([placed(), paid(), confirmed(), refundRequested('r4', 'p1', 1000)]);
    const [payment, confirmation, refund] = docs.get('b1')!.entries;
    expect(entriesUpTo(docs.values(), { position: confirmation!.position }).map((e) => e.entryId)).toEqual([
      payment!.entryId,
      confirmation!.entryId,
    ]);
    expect(entriesUpTo(docs.values(), { asOf: payment!.occurredAt })).toHaveLength(1);
    expect(entriesUpTo(docs.values(), { position: Number(payment!.position) - 1 })).toEqual([]);
    expect(entriesUpTo(docs.values(), {}).at(-1)!.entryId).toBe(refund!.entryId);
  });
});
