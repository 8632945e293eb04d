import {
  bookingCalendar,
  CalendarEntryError,
  calendarUid,
  escapeText,
  foldLine,
  type BookingCalendarEntry,
} from './ics';

const entry: BookingCalendarEntry = {
  bookingId: 'b-0193a1f2',
  eventId: 'e-a3c1e3b2',
  title: 'Jazz, Blues; and\nSoul: a night',
  startsAt: '2026-12-12T19:30:00+01:00',
  endsAt: '2026-12-12T22:00:00.250+01:00',
  location: 'Philharmonie, Herbert-von-Karajan-Straße 1, 10785 Berlin',
  description: `Booking BK-7F3K-92QX. Tickets: ${'Section A, Row 12, Seat 7; '.repeat(6)}\\ bring ID`,
  url: 'https://tickets.example.com/bookings/b-0193a1f2',
};
const options = { now: new Date('2026-12-05T10:00:00Z'), uidDomain: 'tickets.example.com' };

/** RFC 5545 §3.1: unfolding removes every CRLF followed by one space or tab. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
const property = (ics: string, name: string) =>
  unfold(ics)
    .split('\r\n')
    .find((line) => line.startsWith(`${name}:`))
    ?.slice(name.length + 1);

describe('bookingCalendar', () => {
  const ics = bookingCalendar(entry, options);

  it('ends every line with CRLF and keeps each within 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true); // the description was folded
  });

  it('writes times in UTC', () => {
    expect(property(ics, 'DTSTART')).toBe('20261212T183000Z');
    expect(property(ics, 'DTEND')).toBe('20261212T210000Z');
    expect(property(ics, 'DTSTAMP')).toBe('20261205T100000Z');
  });

  it('escapes commas, semicolons, backslashes and newlines in text, and unfolds to the escaped value', () => {
    expect(property(ics, 'SUMMARY')).toBe('Jazz\\, Blues\\; and\\nSoul: a night');
    expect(property(ics, 'DESCRIPTION')).toBe(escapeText(entry.description!));
    expect(property(ics, 'DESCRIPTION')).toContain('\\\\ bring ID');
    expect(property(ics, 'LOCATION')).toBe('Philharmonie\\, Herbert-von-Karajan-Straße 1\\, 10785 Berlin');
  });

  it('has a UID stable per booking and event, and the calendar frame RFC 5545 requires', () => {
    expect(property(ics, 'UID')).toBe('booking-b-0193a1f2.event-e-a3c1e3b2@tickets.example.com');
    expect(property(bookingCalendar({ ...entry, title: 'moved' }, { ...options, now: new Date() }), 'UID')).toBe(
      property(ics, 'UID'),
    );
    expect(property(bookingCalendar({ ...entry, bookingId: 'b-2' }, options), 'UID')).not.toBe(property(ics, 'UID'));
    const names = unfold(ics)
      .split('\r\n')
      .filter(Boolean)
      .map((line) => line.split(':')[0]);
    expect(names.slice(0, 6)).toEqual(['BEGIN', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'BEGIN']);
    expect(names.slice(-2)).toEqual(['END', 'END']);
    expect(property(ics, 'STATUS')).toBe('CONFIRMED');
    expect(property(bookingCalendar({ ...entry, cancelled: true, sequence: 2 }, options), 'SEQUENCE')).toBe('2');
  });

  it('refuses an end before the start, a bad instant and a bad URL', () => {
    expect(() => bookingCalendar({ ...entry, endsAt: '2026-12-12T10:00:00Z' }, options)).toThrow(CalendarEntryError);
    expect(() => bookingCalendar({ ...entry, startsAt: 'soon' }, options)).toThrow(CalendarEntryError);
    expect(() => bookingCalendar({ ...entry, url: 'not a url' }, options)).toThrow(CalendarEntryError);
  });

  it('escapes characters a UID may not carry', () => {
    expect(calendarUid('a b', 'c@d', 'x.org')).toBe('booking-a%20b.event-c%40d@x.org');
  });
});

describe('foldLine', () => {
  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'ä'.repeat(100)}`;
    const parts = foldLine(line).split('\r\n');

    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(Buffer.byteLength(parts[0]!, 'utf8')).toBeGreaterThanOrEqual(74);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});
