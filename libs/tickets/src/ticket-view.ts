/** Everything printed on one ticket: a plain view the booking side fills from its read model. */
export interface TicketView {
  readonly ticketId: string;
  /** The signed code (TicketCodes.issue): the QR code's content. */
  readonly code: string;
  readonly event: {
    readonly title: string;
    /** ISO-8601 instants. */
    readonly startsAt: string;
    readonly endsAt?: string;
    /** IANA time zone of the venue (`Europe/Berlin`): times are printed in it, with its offset. */
    readonly timeZone: string;
  };
  readonly venue: { readonly name: string; readonly address?: string };
  /** Absent for general admission; `row`/`number` absent in a standing section. */
  readonly seat?: { readonly section: string; readonly row?: string; readonly number?: string };
  readonly attendeeName: string;
  readonly priceTier: { readonly name: string; readonly price?: Money };
  readonly bookingNumber: string;
}

/** Integer minor units and an ISO 4217 currency, as everywhere in the platform. */
export interface Money {
  readonly amountMinor: number;
  readonly currency: string;
}

export class TicketViewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TicketViewError';
  }
}

export function seatLabel(seat: TicketView['seat']): string {
  if (!seat) return 'General admission';
  const parts = [`Section ${seat.section}`];
  if (seat.row) parts.push(`Row ${seat.row}`);
  if (seat.number) parts.push(`Seat ${seat.number}`);
  if (!seat.row && !seat.number) parts.push('standing');
  return parts.join(' · ');
}

/**
 * When the event happens, in the venue's zone: `Saturday, 12 December 2026, 19:30 – 22:00` and
 * `Europe/Berlin time (GMT+1)`, so nobody travelling reads it in their own zone.
 */
export function eventTimeLabel(event: TicketView['event'], locale: string): { when: string; zone: string } {
  const start = instant(event.startsAt);
  let day: Intl.DateTimeFormat;
  try {
    day = dateFormat(locale, {
      timeZone: event.timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
  } catch {
    throw new TicketViewError(`unknown time zone ${event.timeZone}`);
  }
  const time = dateFormat(locale, { timeZone: event.timeZone, hour: '2-digit', minute: '2-digit' });
  const offset = dateFormat('en-US', { timeZone: event.timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(start)
    .find((part) => part.type === 'timeZoneName')?.value;
  let when = `${day.format(start)}, ${time.format(start)}`;
  if (event.endsAt) {
    const end = instant(event.endsAt);
    when +=
      day.format(end) === day.format(start) ? ` – ${time.format(end)}` : ` – ${day.format(end)}, ${time.format(end)}`;
  }
  return { when, zone: `${event.timeZone} time (${offset})` };
}

/**
 * Intl formatters are costly to build and a ticket PDF or mail labels every ticket: one per locale
 * and options, kept (a bounded few: a refused zone throws and is not kept).
 */
function kept<T>(formats: Map<string, T>, key: string, make: () => T): T {
  let format = formats.get(key);
  if (format === undefined) {
    format = make();
    if (formats.size >= 256) formats.clear();
    formats.set(key, format);
  }
  return format;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return kept(dateFormats, `${locale}\u0000${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/** Formats minor units exactly (a decimal string goes to Intl, never a float). */
export function moneyLabel(money: Money, locale: string): string {
  if (!Number.isSafeInteger(money.amountMinor)) throw new TicketViewError('amountMinor must be an integer');
  const { format, digits } = currencyFormat(locale, money.currency);
  const minor = String(Math.abs(money.amountMinor)).padStart(digits + 1, '0');
  const decimal = digits === 0 ? minor : `${minor.slice(0, -digits)}.${minor.slice(-digits)}`;
  return format.format(`${money.amountMinor < 0 ? '-' : ''}${decimal}` as `${number}`);
}

/** Kept like the date formats: one per locale and currency, with its number of minor digits. */
const currencyFormats = new Map<string, { format: Intl.NumberFormat; digits: number }>();
function currencyFormat(locale: string, currency: string): { format: Intl.NumberFormat; digits: number } {
  return kept(currencyFormats, `${locale}\u0000${currency}`, () => {
    let format: Intl.NumberFormat;
    try {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    } catch {
      throw new TicketViewError(`unknown currency ${currency}`);
    }
    return { format, digits: format.resolvedOptions().maximumFractionDigits ?? 2 };
  });
}

export function instant(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new TicketViewError(`not an instant: ${iso}`);
  return date;
}
