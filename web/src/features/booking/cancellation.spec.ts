import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../lib/format';
import type { CancellationQuote } from './booking.types';
import { canCancelSingleTickets, closedSentence, refundSentence } from './cancellation';

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const quote = (over: Partial<CancellationQuote> = {}): CancellationQuote => ({
  bookingId: 'b1',
  status: 'confirmed',
  by: 'buyer',
  allowed: true,
  percent: 100,
  refund: eur(5000),
  until: '2030-01-30T12:00:00.000Z',
  tickets: [
    { ticketId: 't1', refund: eur(2500) },
    { ticketId: 't2', refund: eur(2500) },
  ],
  position: '1',
  ...over,
});

describe('refundSentence', () => {
  it('says what the whole booking or one ticket gives back', () => {
    expect(refundSentence(quote(), { kind: 'booking' })).toContain(`You will get back ${formatMoney(5000, 'EUR')}.`);
    expect(refundSentence(quote(), { kind: 'ticket', ticketId: 't2', label: 'x' })).toContain(formatMoney(2500, 'EUR'));
  });

  it('names a partial share', () => {
    expect(refundSentence(quote({ percent: 50, refund: eur(2500) }), { kind: 'booking' })).toContain(
      '(50 % of the price)',
    );
  });

  it('says nothing is refunded for a free booking and a pending one', () => {
    expect(refundSentence(quote({ refund: eur(0) }), { kind: 'booking' })).toContain('nothing to refund');
    expect(refundSentence(quote({ status: 'pending-payment' }), { kind: 'booking' })).toContain('released at once');
  });
});

describe('closedSentence and per-ticket cancel', () => {
  it('says when cancelling closed', () => {
    expect(closedSentence(quote({ allowed: false }))).toContain('Cancellation closed on');
    expect(closedSentence(quote({ allowed: false, until: undefined, reason: 'No refunds' }))).toBe('No refunds');
  });

  it('offers single tickets only on a confirmed booking with several valid tickets', () => {
    const tickets = [{ cancelledAt: undefined }, { cancelledAt: undefined }] as never;
    expect(canCancelSingleTickets({ status: 'confirmed', tickets }, quote())).toBe(true);
    expect(canCancelSingleTickets({ status: 'confirmed', tickets }, quote({ allowed: false }))).toBe(false);
    const oneLeft = [{ cancelledAt: 'x' }, { cancelledAt: undefined }] as never;
    expect(canCancelSingleTickets({ status: 'confirmed', tickets: oneLeft }, quote())).toBe(false);
  });
});
