import { useQuery } from '@tanstack/react-query';
import { type SavedCopy, readCopies, readCopy, saveCopy } from '../../lib/saved-copies';
import type { BookingsTab } from './booking.api';
import type { Booking, IssuedTickets } from './booking.types';

/**
 * The bookings and entry codes a user opened online, saved on the device (lib/saved-copies.ts) so
 * My bookings and a booking's page still show them offline. The codes are signed by the server:
 * a saved copy admits at the door like the page it was saved from, until a transfer or reissue.
 */
const bookingKey = (bookingId: string) => `booking:${bookingId}`;
const ticketsKey = (bookingId: string) => `tickets:${bookingId}`;

export const saveBooking = (userId: string, booking: Booking) =>
  saveCopy(userId, bookingKey(booking.bookingId), booking);
export const saveTickets = (userId: string, tickets: IssuedTickets) =>
  saveCopy(userId, ticketsKey(tickets.bookingId), tickets);

export type SavedBooking = { booking: SavedCopy<Booking>; tickets: SavedCopy<IssuedTickets> | null };

const savedKeys = {
  one: (userId: string, bookingId: string) => ['me', userId, 'saved', 'booking', bookingId] as const,
  all: (userId: string) => ['me', userId, 'saved', 'bookings'] as const,
};

/**
 * The saved copy of one booking of `userId` (null: none saved; no user: none read). Read from the
 * device whether or not the network is up ('always'), and afresh each time the page asks.
 */
export function useSavedBooking(userId: string | null, bookingId: string) {
  return useQuery({
    queryKey: savedKeys.one(userId ?? 'nobody', bookingId),
    queryFn: async (): Promise<SavedBooking | null> => {
      if (!userId) return null;
      const [booking, tickets] = await Promise.all([
        readCopy<Booking>(userId, bookingKey(bookingId)),
        readCopy<IssuedTickets>(userId, ticketsKey(bookingId)),
      ]);
      return booking ? { booking, tickets } : null;
    },
    enabled: userId !== null && bookingId !== '',
    networkMode: 'always',
    staleTime: 0,
    retry: false,
  });
}

/** Every saved booking of `userId`, newest placed first. */
export function useSavedBookings(userId: string | null) {
  return useQuery({
    queryKey: savedKeys.all(userId ?? 'nobody'),
    queryFn: async () => (userId ? sortedNewestFirst(await readCopies<Booking>(userId, 'booking:')) : []),
    enabled: userId !== null,
    networkMode: 'always',
    staleTime: 0,
    retry: false,
  });
}

function sortedNewestFirst(copies: SavedCopy<Booking>[]): SavedCopy<Booking>[] {
  return [...copies].sort(
    (a, b) => b.value.placedAt.localeCompare(a.value.placedAt) || b.value.bookingId.localeCompare(a.value.bookingId),
  );
}

/**
 * The saved bookings of one tab of My bookings, split as `GET /api/me/bookings?when=` splits them:
 * cancelled holds cancelled and expired ones; the live ones (pending, confirmed) are upcoming until
 * their event starts, past after (an event whose start is unknown counts as past, as on the server).
 */
export function savedInTab(copies: readonly SavedCopy<Booking>[], when: BookingsTab, now: Date): SavedCopy<Booking>[] {
  return copies.filter(({ value: booking }) => {
    if (booking.status === 'cancelled' || booking.status === 'expired') return when === 'cancelled';
    const startsAt = booking.eventStartsAt ? Date.parse(booking.eventStartsAt) : Number.NaN;
    const upcoming = !Number.isNaN(startsAt) && startsAt > now.getTime();
    return when === (upcoming ? 'upcoming' : 'past');
  });
}

/** The oldest of the copies shown together: what the "saved copy from" notice names. */
export function oldestSave(copies: readonly { savedAt: string }[]): string | null {
  return copies.reduce<string | null>(
    (oldest, c) => (oldest === null || c.savedAt < oldest ? c.savedAt : oldest),
    null,
  );
}
