import { queryOptions } from '@tanstack/react-query';
import { apiDownload, apiFetch, apiGet, saveBlob, withQuery } from '../../lib/api';
import type {
  Booking,
  BookingList,
  BookingQuote,
  Cancellation,
  CancellationQuote,
  CancellationResult,
  Checkout,
  IssuedTickets,
  PaymentMethodInput,
  PaymentResult,
  PlacedBooking,
  TicketChangeResult,
  TicketTransfer,
} from './booking.types';

export const bookingKeys = {
  all: (userId: string) => ['me', userId, 'bookings'] as const,
  mine: (userId: string, when?: BookingsTab) => ['me', userId, 'bookings', 'list', when ?? 'all'] as const,
  one: (userId: string, bookingId: string) => ['me', userId, 'bookings', 'one', bookingId] as const,
  tickets: (userId: string, bookingId: string) => ['me', userId, 'bookings', 'tickets', bookingId] as const,
  cancellation: (userId: string, bookingId: string, position: string) =>
    ['me', userId, 'bookings', 'cancellation', bookingId, position] as const,
};

const bookingPath = (bookingId: string) => `/api/bookings/${encodeURIComponent(bookingId)}`;

/** Checkout from the caller's holds. The key makes a retried checkout replay the first instead of booking twice. */
export async function placeBooking(checkout: Checkout, idempotencyKey: string): Promise<PlacedBooking> {
  const result = await apiFetch<PlacedBooking>('/api/bookings', { method: 'POST', body: checkout, idempotencyKey });
  return { ...result.data, position: result.position ?? result.data.position };
}

/** What a checkout of these holds (with a promo code) would cost now; writes nothing. */
export async function quoteBooking(quote: Omit<Checkout, 'buyer'>, signal?: AbortSignal): Promise<BookingQuote> {
  const result = await apiFetch<BookingQuote>('/api/booking-quotes', { method: 'POST', body: quote, signal });
  return result.data;
}

/**
 * One payment attempt (a card, a Stripe PaymentMethod, or PayPal): answered whether it succeeded,
 * was declined (`status`, `reason`) or needs the buyer elsewhere (`nextAction`).
 */
export async function payBooking(bookingId: string, method: PaymentMethodInput, idempotencyKey: string) {
  const result = await apiFetch<PaymentResult>(`${bookingPath(bookingId)}/payments`, {
    method: 'POST',
    body: method,
    idempotencyKey,
  });
  return { ...result.data, position: result.position ?? result.data.position };
}

/** Cancels the whole booking, or the tickets named; the key makes a retry replay the first answer. */
export async function cancelBooking(bookingId: string, cancellation: Cancellation, idempotencyKey: string) {
  const result = await apiFetch<CancellationResult>(`${bookingPath(bookingId)}/cancellation`, {
    method: 'POST',
    body: cancellation,
    idempotencyKey,
  });
  return { ...result.data, position: result.position ?? result.data.position };
}

const ticketPath = (bookingId: string, ticketId: string) =>
  `${bookingPath(bookingId)}/tickets/${encodeURIComponent(ticketId)}`;

/** Gives a ticket to another person: it gets a new code, mailed to them; the old one stops admitting. */
export async function transferTicket(bookingId: string, ticketId: string, to: TicketTransfer, idempotencyKey: string) {
  const result = await apiFetch<TicketChangeResult>(`${ticketPath(bookingId, ticketId)}/transfer`, {
    method: 'POST',
    body: to,
    idempotencyKey,
  });
  return { ...result.data, position: result.position ?? result.data.position };
}

/** A lost ticket: a new code for the same holder, mailed to them; the old one stops admitting. */
export async function reissueTicket(bookingId: string, ticketId: string, idempotencyKey: string) {
  const result = await apiFetch<TicketChangeResult>(`${ticketPath(bookingId, ticketId)}/reissue`, {
    method: 'POST',
    body: {},
    idempotencyKey,
  });
  return { ...result.data, position: result.position ?? result.data.position };
}

/**
 * What cancelling would give back now (it depends on the clock: never fresh for long), for the
 * booking as of `position` (a new position, the booking changed: the quote may have too).
 */
export const cancellationQuery = (userId: string, bookingId: string, position: string) =>
  queryOptions({
    queryKey: bookingKeys.cancellation(userId, bookingId, position),
    queryFn: ({ signal }) => apiGet<CancellationQuote>(`${bookingPath(bookingId)}/cancellation`, { signal }),
    staleTime: 0,
  });

export const fetchBooking = (bookingId: string, signal?: AbortSignal) =>
  apiGet<Booking>(bookingPath(bookingId), { signal });

/** The tabs of My bookings, as `GET /api/me/bookings?when=` splits them (cancelled holds expired ones too). */
export const BOOKINGS_TABS = ['upcoming', 'past', 'cancelled'] as const;
export type BookingsTab = (typeof BOOKINGS_TABS)[number];

export const fetchMyBookings = (signal?: AbortSignal, when?: BookingsTab) =>
  apiGet<BookingList>(withQuery('/api/me/bookings', { when }), { signal });

/** One booking (as of this tab's last write: lib/read-your-writes.ts). */
export const bookingQuery = (userId: string, bookingId: string) =>
  queryOptions({
    queryKey: bookingKeys.one(userId, bookingId),
    queryFn: ({ signal }) => fetchBooking(bookingId, signal),
  });

export const myBookingsQuery = (userId: string, when?: BookingsTab) =>
  queryOptions({ queryKey: bookingKeys.mine(userId, when), queryFn: ({ signal }) => fetchMyBookings(signal, when) });

/** The signed codes and QR codes of a confirmed booking's tickets (409 before confirmation). */
export const ticketsQuery = (userId: string, bookingId: string) =>
  queryOptions({
    queryKey: bookingKeys.tickets(userId, bookingId),
    queryFn: ({ signal }) => apiGet<IssuedTickets>(`${bookingPath(bookingId)}/tickets`, { signal }),
    // Codes are deterministic: the same ticket always has the same code until a transfer or
    // reissue (whose mutations invalidate this query).
    staleTime: Infinity,
  });

/** The files of a confirmed booking: fetched with the bearer token (a link cannot carry it), then saved. */
export const bookingFiles = {
  pdf: { path: 'tickets.pdf', accept: 'application/pdf', filename: (ref: string) => `tickets-${ref}.pdf` },
  ics: { path: 'calendar.ics', accept: 'text/calendar', filename: (ref: string) => `booking-${ref}.ics` },
} as const;

export async function downloadBookingFile(bookingId: string, file: keyof typeof bookingFiles, ref: string) {
  const { path, accept, filename } = bookingFiles[file];
  saveBlob(await apiDownload(`${bookingPath(bookingId)}/${path}`, accept), filename(ref));
}
