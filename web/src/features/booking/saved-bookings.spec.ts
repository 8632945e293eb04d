import { describe, expect, it } from 'vitest';
import { copiesReader, copiesUnder } from '../../lib/saved-copies';
import type { Booking } from './booking.types';
import { oldestSave, savedInTab } from './saved-bookings';

const now = new Date('2026-12-06T12:00:00Z');

function copy(bookingId: string, status: Booking['status'], eventStartsAt: string | undefined, savedAt: string) {
  const booking = { bookingId, status, eventStartsAt, placedAt: '2026-12-01T10:00:00Z' } as Booking;
  return { value: booking, savedAt };
}

describe('saved bookings offline', () => {
  const copies = [
    copy('a', 'confirmed', '2026-12-07T20:00:00Z', '2026-12-06T11:00:00Z'),
    copy('b', 'pending-payment', '2026-12-10T20:00:00Z', '2026-12-06T10:00:00Z'),
    copy('c', 'confirmed', '2026-12-04T18:00:00Z', '2026-12-05T09:00:00Z'),
    copy('d', 'confirmed', undefined, '2026-12-05T08:00:00Z'),
    copy('e', 'cancelled', '2026-12-20T20:00:00Z', '2026-12-06T11:30:00Z'),
    copy('f', 'expired', '2026-12-01T20:00:00Z', '2026-12-06T11:30:00Z'),
  ];
  const ids = (when: 'upcoming' | 'past' | 'cancelled') => savedInTab(copies, when, now).map((c) => c.value.bookingId);

  it('splits them into the tabs of My bookings as the server does', () => {
    expect(ids('upcoming')).toEqual(['a', 'b']);
    expect(ids('past')).toEqual(['c', 'd']); // an event with no known start counts as past
    expect(ids('cancelled')).toEqual(['e', 'f']);
  });

  it('dates a list by its oldest copy, and an empty one by none', () => {
    expect(oldestSave(savedInTab(copies, 'past', now))).toBe('2026-12-05T08:00:00Z');
    expect(oldestSave([])).toBeNull();
  });
});

describe('whose saved copies a page reads', () => {
  it("is the signed-in user's, online or not", () => {
    expect(copiesReader('ada', true, 'ada')).toBe('ada');
    expect(copiesReader('bob', false, 'ada')).toBe('bob');
  });

  it("is the device's owner only offline, when no session could be restored", () => {
    expect(copiesReader(null, false, 'ada')).toBe('ada');
    expect(copiesReader(null, true, 'ada')).toBeNull();
    expect(copiesReader(null, false, null)).toBeNull();
  });

  it("never yields another user's rows", () => {
    const rows = [
      { userId: 'ada', key: 'booking:1', value: 1, savedAt: 't1' },
      { userId: 'bob', key: 'booking:2', value: 2, savedAt: 't2' },
      { userId: 'ada', key: 'tickets:1', value: 3, savedAt: 't3' },
    ];
    expect(copiesUnder(rows, 'ada', 'booking:')).toEqual([{ value: 1, savedAt: 't1' }]);
    expect(copiesUnder(rows, 'bob', 'booking:')).toEqual([{ value: 2, savedAt: 't2' }]);
    expect(copiesUnder(rows, 'carl', '')).toEqual([]);
  });
});
