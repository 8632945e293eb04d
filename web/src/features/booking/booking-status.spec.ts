import { describe, expect, it } from 'vitest';
import {
  BOOKING_STATUS_TEXT,
  bookingStatusText,
  declineMessage,
  groupCardNumber,
  normalizeCardNumber,
  refundRequested,
  refundStatusText,
  splitByEventDate,
  ticketPlace,
  ticketRef,
} from './booking-status';
import { bookingRef } from './booking-ref';
import { BOOKING_STATUSES } from './booking.types';

describe('booking status text', () => {
  it('has a label, colour and sentence for every state of the machine', () => {
    for (const status of BOOKING_STATUSES) {
      expect(BOOKING_STATUS_TEXT[status].label).not.toBe('');
      expect(bookingStatusText(status)).toBe(BOOKING_STATUS_TEXT[status]);
    }
    expect(bookingStatusText('pending-payment').label).toBe('Awaiting payment');
    expect(bookingStatusText('confirmed').label).toBe('Confirmed');
  });

  it('shows a status it does not know as it is, instead of failing', () => {
    expect(bookingStatusText('on-hold')).toEqual({ label: 'on-hold', color: 'gray', detail: 'Status: on-hold.' });
  });

  it('says a refund is requested only when the booking lists one', () => {
    expect(refundRequested({ refunds: [] })).toBe(false);
    expect(
      refundRequested({
        refunds: [
          {
            refundId: 'r',
            paymentId: 'p',
            amount: { amount: 100, currency: 'EUR' },
            reason: 'late',
            requestedAt: '',
            status: 'requested',
          },
        ],
      }),
    ).toBe(true);
  });
});

describe('declineMessage', () => {
  it("puts the provider's known reasons in words", () => {
    expect(declineMessage('card_declined')).toMatch(/declined by the card issuer/);
    expect(declineMessage('insufficient_funds')).toMatch(/insufficient funds/);
    expect(declineMessage('unknown_test_card')).toMatch(/not a test card/);
  });

  it('names an unknown reason and still says what to do', () => {
    expect(declineMessage('do_not_honor')).toBe('The payment was declined (do_not_honor). Try another card.');
    expect(declineMessage(undefined)).toBe('The payment was declined. Try another card.');
  });
});

describe('card numbers', () => {
  it('accepts 12 to 19 digits, with spaces or dashes between groups', () => {
    expect(normalizeCardNumber('4242 4242 4242 4242')).toBe('4242424242424242');
    expect(normalizeCardNumber('4000-0000-0000-0002')).toBe('4000000000000002');
    expect(normalizeCardNumber('123456789012')).toBe('123456789012');
  });

  it('refuses what the API would refuse', () => {
    expect(normalizeCardNumber('')).toBeNull();
    expect(normalizeCardNumber('12345678901')).toBeNull();
    expect(normalizeCardNumber('12345678901234567890')).toBeNull();
    expect(normalizeCardNumber('4242 4242 4242 424x')).toBeNull();
  });

  it('groups digits by four for reading', () => {
    expect(groupCardNumber('4242424242424242')).toBe('4242 4242 4242 4242');
    expect(groupCardNumber('1234567890123')).toBe('1234 5678 9012 3');
  });
});

describe('ticketPlace and references', () => {
  it('reads a seat id as section, row and seat', () => {
    expect(ticketPlace({ sectionId: 'stalls', seatId: 'stalls:B:12' })).toBe('Stalls, row B, seat 12');
    expect(ticketPlace({ seatId: 'upper-circle:AA:3' })).toBe('Upper circle, row AA, seat 3');
  });

  it('names the section of a standing place, and general admission without a plan', () => {
    expect(ticketPlace({ sectionId: 'floor' })).toBe('Floor');
    expect(ticketPlace({})).toBe('General admission');
  });

  it("uses the id's random tail for short references", () => {
    const id = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    expect(ticketRef(id)).toBe('2E3F4A5B');
    expect(bookingRef(id)).toBe('#2E3F4A5B');
  });
});

describe('splitByEventDate', () => {
  const now = Date.parse('2026-12-05T12:00:00Z');
  const starts: Record<string, string> = {
    soon: '2026-12-06T20:00:00Z',
    later: '2027-01-10T20:00:00Z',
    lastWeek: '2026-11-28T20:00:00Z',
    longAgo: '2026-01-01T20:00:00Z',
  };
  const b = (eventId: string) => ({ eventId });

  it('lists upcoming events soonest first and past ones latest first', () => {
    const { upcoming, past } = splitByEventDate(
      [b('longAgo'), b('later'), b('lastWeek'), b('soon')],
      (id) => starts[id],
      now,
    );
    expect(upcoming.map((x) => x.eventId)).toEqual(['soon', 'later']);
    expect(past.map((x) => x.eventId)).toEqual(['lastWeek', 'longAgo']);
  });

  it('counts an event whose date is unknown (not loaded, unreadable) as upcoming, after the known ones', () => {
    const { upcoming, past } = splitByEventDate([b('unknown'), b('soon')], (id) => starts[id], now);
    expect(upcoming.map((x) => x.eventId)).toEqual(['soon', 'unknown']);
    expect(past).toEqual([]);
  });
});

describe('refund status for the buyer', () => {
  it('names every state, and says what happens next for a failed one', () => {
    expect(refundStatusText('sent').label).toBe('Refund sent');
    expect(refundStatusText('succeeded').label).toBe('Refunded');
    expect(refundStatusText('failed').detail).toMatch(/another way/);
    expect(refundStatusText('manual').label).toBe('Refunded by finance');
  });
});
