/** Where the ledger is cut: entries at or before a time and/or a log position; neither means now. */
export type LedgerCut = { asOf?: string; position?: string };

/** The journal's filter: the page's cut, one booking's entries, and the page (1-based); and whose raw history is open. */
export type JournalFilter = LedgerCut & { bookingId?: string; organizerId?: string; page: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A log position as the API takes it: a whole number of at most 15 digits (below 2^53), leading zeros aside. */
const POSITION = /^0*\d{1,15}$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

/** An instant the URL names, as the API wants it (strict ISO 8601), or undefined. */
const isoInstant = (text: string) => {
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};
/** "007" and "7" are the same position: one spelling, so a link and the form agree. */
const canonicalPosition = (text: string) => BigInt(text).toString();

/** The filter as the page's URL holds it (`?asOf=&position=&bookingId=&page=`); anything the API would refuse is left out. */
export function filterFromParams(params: URLSearchParams): JournalFilter {
  const asOfText = params.get('asOf')?.trim();
  const asOf = asOfText ? isoInstant(asOfText) : undefined;
  const position = params.get('position')?.trim();
  const bookingId = params.get('bookingId')?.trim();
  const organizerId = params.get('organizerId')?.trim();
  const page = Number(params.get('page'));
  return {
    ...(asOf ? { asOf } : {}),
    ...(position && POSITION.test(position) ? { position: canonicalPosition(position) } : {}),
    ...(bookingId && UUID.test(bookingId) ? { bookingId: bookingId.toLowerCase() } : {}),
    ...(organizerId && UUID.test(organizerId) ? { organizerId: organizerId.toLowerCase() } : {}),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The URL parameters for a filter, leaving out defaults. */
export function filterToParams(filter: JournalFilter): Record<string, string> {
  return {
    ...(filter.asOf ? { asOf: filter.asOf } : {}),
    ...(filter.position ? { position: filter.position } : {}),
    ...(filter.bookingId ? { bookingId: filter.bookingId } : {}),
    ...(filter.organizerId ? { organizerId: filter.organizerId } : {}),
    ...(filter.page > 1 ? { page: String(filter.page) } : {}),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An ISO instant as a `datetime-local` input's value, in the browser's zone ("2026-03-01T10:30:00"). */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

/** A `datetime-local` value (the browser's zone) as an ISO instant, or undefined if it is not one. */
export function fromLocalInput(value: string): string | undefined {
  const text = value.trim();
  if (!LOCAL_DATE_TIME.test(text)) return undefined;
  // A date-time without an offset is local time (ECMAScript Date.parse).
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The "As of" form's fields → the cut, or the field that is wrong. Empty fields cut nothing. */
export function parseCut(
  asOfInput: string,
  positionInput: string,
): { cut: LedgerCut } | { error: 'asOf' | 'position' } {
  const asOfText = asOfInput.trim();
  const positionText = positionInput.trim();
  const asOf = asOfText ? fromLocalInput(asOfText) : undefined;
  if (asOfText && !asOf) return { error: 'asOf' };
  if (positionText && !POSITION.test(positionText)) return { error: 'position' };
  return {
    cut: { ...(asOf ? { asOf } : {}), ...(positionText ? { position: canonicalPosition(positionText) } : {}) },
  };
}

/** The "Booking" field → a booking id, nothing (show every booking), or an error. */
export function parseBookingId(text: string): { bookingId?: string; error?: true } {
  const id = text.trim();
  if (!id) return {};
  return UUID.test(id) ? { bookingId: id.toLowerCase() } : { error: true };
}

/** A CSV's file name naming its filters: "ledger-journal-booking-0190b000-position-41.csv". */
export function csvFilename(base: string, filter: LedgerCut & { bookingId?: string }): string {
  const parts = [base];
  if (filter.bookingId) parts.push(`booking-${filter.bookingId.slice(0, 8)}`);
  if (filter.asOf) parts.push(`asof-${filter.asOf.replace(/[:.]/g, '-')}`);
  if (filter.position) parts.push(`position-${filter.position}`);
  return `${parts.join('-')}.csv`;
}

/** The cut alone, without the journal's booking and page (what the balances are keyed by). */
export const cutOf = (filter: LedgerCut): LedgerCut => ({
  ...(filter.asOf ? { asOf: filter.asOf } : {}),
  ...(filter.position ? { position: filter.position } : {}),
});
