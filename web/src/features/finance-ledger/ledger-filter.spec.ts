import { describe, expect, it } from 'vitest';
import {
  type JournalFilter,
  csvFilename,
  cutOf,
  filterFromParams,
  filterToParams,
  fromLocalInput,
  parseBookingId,
  parseCut,
  toLocalInput,
} from './ledger-filter';

const BOOKING = '0190b000-0000-7000-8000-000000000001';

describe('ledger filter', () => {
  it('reads the cut, the booking and the page from the URL, leaving out what the API would refuse', () => {
    expect(
      filterFromParams(
        new URLSearchParams(`asOf=2026-03-01T10:30:00.000Z&position=0042&bookingId=${BOOKING.toUpperCase()}&page=2`),
      ),
    ).toEqual({ asOf: '2026-03-01T10:30:00.000Z', position: '42', bookingId: BOOKING, page: 2 });
    expect(filterFromParams(new URLSearchParams('asOf=yesterday&position=-1&bookingId=ada&page=0'))).toEqual({
      page: 1,
    });
    expect(filterFromParams(new URLSearchParams('position=1.5&page=2.5'))).toEqual({ page: 1 });
  });

  it('takes positions of up to 15 digits (what the API takes), and an instant in any form Date reads', () => {
    expect(filterFromParams(new URLSearchParams('position=999999999999999')).position).toBe('999999999999999');
    expect(filterFromParams(new URLSearchParams('position=9007199254740993')).position).toBeUndefined();
    expect(parseCut('', '0000000000000000042')).toEqual({ cut: { position: '42' } });
    expect(parseCut('', '9007199254740993')).toEqual({ error: 'position' });
    expect(filterFromParams(new URLSearchParams('asOf=2026-03-01T11:30:00%2B01:00')).asOf).toBe(
      '2026-03-01T10:30:00.000Z',
    );
  });

  it('writes only what differs from the default, and round-trips', () => {
    expect(filterToParams({ page: 1 })).toEqual({});
    const filter = { asOf: '2026-03-01T10:30:00.000Z', position: '0', bookingId: BOOKING, page: 3 };
    expect(filterFromParams(new URLSearchParams(filterToParams(filter)))).toEqual(filter);
    const organizer = { organizerId: BOOKING, page: 1 };
    expect(filterFromParams(new URLSearchParams(filterToParams(organizer)))).toEqual(organizer);
    expect(filterFromParams(new URLSearchParams('organizerId=acme'))).toEqual({ page: 1 });
  });

  it('turns a datetime-local value into an instant and back, in the browser zone', () => {
    const iso = fromLocalInput('2026-03-01T10:30');
    expect(iso).toBe(new Date(2026, 2, 1, 10, 30).toISOString());
    expect(toLocalInput(iso)).toBe('2026-03-01T10:30:00');
    expect(toLocalInput(fromLocalInput('2026-12-31T23:59:59'))).toBe('2026-12-31T23:59:59');
    expect(fromLocalInput('1 March')).toBeUndefined();
    expect(toLocalInput(undefined)).toBe('');
    expect(toLocalInput('nonsense')).toBe('');
  });

  it('parses the "As of" form, naming the wrong field; empty fields mean now', () => {
    expect(parseCut('', '')).toEqual({ cut: {} });
    expect(parseCut('2026-03-01T10:30', ' 17 ')).toEqual({
      cut: { asOf: new Date(2026, 2, 1, 10, 30).toISOString(), position: '17' },
    });
    expect(parseCut('soon', '')).toEqual({ error: 'asOf' });
    expect(parseCut('', '12a')).toEqual({ error: 'position' });
    expect(parseCut('', '-3')).toEqual({ error: 'position' });
  });

  it('takes a booking id (any case) or nothing', () => {
    expect(parseBookingId('  ')).toEqual({});
    expect(parseBookingId(` ${BOOKING.toUpperCase()} `)).toEqual({ bookingId: BOOKING });
    expect(parseBookingId('0190b000')).toEqual({ error: true });
  });

  it('separates the cut from the journal filter', () => {
    const filter: JournalFilter = { position: '5', bookingId: BOOKING, page: 2 };
    expect(cutOf(filter)).toEqual({ position: '5' });
  });

  it('names a CSV after its filters', () => {
    expect(csvFilename('ledger-balances', {})).toBe('ledger-balances.csv');
    expect(
      csvFilename('ledger-journal', { bookingId: BOOKING, asOf: '2026-03-01T10:30:00.000Z', position: '41' }),
    ).toBe('ledger-journal-booking-0190b000-asof-2026-03-01T10-30-00-000Z-position-41.csv');
  });
});
