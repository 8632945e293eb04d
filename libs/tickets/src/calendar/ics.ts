// RFC 5545 by hand: one VEVENT needs a dozen lines, and the rules that matter (UTC times, TEXT
// escaping, folding at 75 octets without splitting a UTF-8 character, a stable UID) are easier to
// get exactly right here than to check in a package built for every calendar feature.

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';
const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

export interface BookingCalendarEntry {
  readonly bookingId: string;
  readonly eventId: string;
  readonly title: string;
  /** ISO-8601 instants; written in UTC. */
  readonly startsAt: string;
  readonly endsAt?: string;
  readonly location?: string;
  readonly description?: string;
  /** The event or booking page. */
  readonly url?: string;
  /** Raise it when the event moves, so calendars replace the entry they hold (RFC 5545 §3.8.7.4). */
  readonly sequence?: number;
  readonly cancelled?: boolean;
}

export interface CalendarOptions {
  /** DTSTAMP: when the file is made (time is given, not read). */
  readonly now: Date;
  /** The right-hand side of the UID, the platform's domain (`tickets.example.com`). */
  readonly uidDomain: string;
  readonly productId?: string;
}

export class CalendarEntryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarEntryError';
  }
}

/** An .ics file with one event. Its UID depends on the booking and the event only: a file downloaded again updates the entry instead of adding a second one. */
export function bookingCalendar(entry: BookingCalendarEntry, options: CalendarOptions): string {
  const start = utc(entry.startsAt);
  const end = entry.endsAt === undefined ? undefined : utc(entry.endsAt);
  if (end !== undefined && end < start) throw new CalendarEntryError('endsAt is before startsAt');
  const sequence = entry.sequence ?? 0;
  if (!Number.isInteger(sequence) || sequence < 0) throw new CalendarEntryError('sequence must be a natural number');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId ?? '-//event-booking-platform//tickets//EN')}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${calendarUid(entry.bookingId, entry.eventId, options.uidDomain)}`,
    `DTSTAMP:${formatUtc(options.now)}`,
    `DTSTART:${start}`,
    ...(end === undefined ? [] : [`DTEND:${end}`]),
    `SEQUENCE:${sequence}`,
    `STATUS:${entry.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(entry.title)}`,
    ...(entry.location ? [`LOCATION:${escapeText(entry.location)}`] : []),
    ...(entry.description ? [`DESCRIPTION:${escapeText(entry.description)}`] : []),
    ...(entry.url ? [`URL:${uri(entry.url)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

export function calendarUid(bookingId: string, eventId: string, uidDomain: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return `booking-${safe(bookingId)}.event-${safe(eventId)}@${safe(uidDomain)}`;
}

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .split('')
    .filter((char) => char === '\t' || !isControl(char))
    .join('');
}

/** Splits a content line into lines of at most 75 octets, continuations led by one space (§3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

// TEXT may hold no control character but HTAB (§3.3.11).
function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

function utc(iso: string): string {
  const date = new Date(iso);
  const year = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || year < 0 || year > 9999) throw new CalendarEntryError(`not an instant: ${iso}`);
  return formatUtc(date);
}

/** `20261212T183000Z` (RFC 5545 §3.3.5, form #2: UTC). */
function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function uri(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CalendarEntryError(`not a URL: ${value}`);
  }
  return url.href;
}
