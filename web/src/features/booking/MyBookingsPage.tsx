import { useEffect, useState } from 'react';
import { Anchor, Button, Container, Group, Paper, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isProblem } from '../../lib/api';
import { formatDateTime, formatLongDateTime, formatMoney } from '../../lib/format';
import { copiesReader, savedCopiesOwner, useOnline } from '../../lib/saved-copies';
import { SignInPrompt, useSession } from '../auth';
import type { EventDetail } from '../catalog';
import { BookingStatusBadge } from './BookingStatusBadge';
import { bookingRef } from './booking-ref';
import { BOOKINGS_TABS, type BookingsTab } from './booking.api';
import type { Booking } from './booking.types';
import { OfflineNotice } from './SavedBookingView';
import { oldestSave, saveBooking, savedInTab, useSavedBookings } from './saved-bookings';
import { useMyBookings } from './useBookings';
import { useEventsOf } from './useEventSummary';

/** One tab offline: the bookings saved on the device (saved-bookings.ts), as of when they were saved. */
function SavedBookingList({ userId, when }: { userId: string; when: BookingsTab }) {
  const saved = useSavedBookings(userId);
  if (saved.isPending) return <Skeleton height={96} aria-hidden="true" />;
  const copies = savedInTab(saved.data ?? [], when, new Date());
  const savedAt = oldestSave(copies);
  return (
    <Stack gap="sm">
      {savedAt ? (
        <OfflineNotice savedAt={savedAt} />
      ) : (
        <Text>You are offline and no {TAB_LABELS[when].toLowerCase()} booking is saved on this device.</Text>
      )}
      <BookingGroup
        heading={TAB_LABELS[when]}
        bookings={copies.map((copy) => copy.value)}
        events={new Map<string, EventDetail | undefined>()}
      />
    </Stack>
  );
}

function BookingCard({ booking, event }: { booking: Booking; event: EventDetail | undefined }) {
  const id = `booking-${booking.bookingId}`;
  const tickets = `${booking.tickets.length} ${booking.tickets.length === 1 ? 'ticket' : 'tickets'}`;
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={id}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={2}>
            <Title order={3} size="h4" id={id}>
              <Anchor component={Link} to={`/bookings/${encodeURIComponent(booking.bookingId)}`}>
                {event?.title ?? (booking.eventTitle || 'Event')} · Booking {bookingRef(booking.bookingId)}
              </Anchor>
            </Title>
            {event && (
              <Text size="sm">
                <time dateTime={event.startsAt}>{formatLongDateTime(event.startsAt)}</time>
              </Text>
            )}
          </Stack>
          <BookingStatusBadge booking={booking} />
        </Group>
        <Text size="sm">
          {tickets} · {formatMoney(booking.total.amount, booking.total.currency)} · booked{' '}
          <time dateTime={booking.placedAt}>{formatDateTime(booking.placedAt)}</time>
        </Text>
      </Stack>
    </Paper>
  );
}

function BookingGroup({
  heading,
  bookings,
  events,
}: {
  heading: string;
  bookings: Booking[];
  events: Map<string, EventDetail | undefined>;
}) {
  if (bookings.length === 0) return null;
  const id = `bookings-${heading.toLowerCase()}`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {heading}
      </Title>
      <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {bookings.map((booking) => (
          <BookingCard key={booking.bookingId} booking={booking} event={events.get(booking.eventId)} />
        ))}
      </Stack>
    </Stack>
  );
}

const TAB_LABELS: Record<BookingsTab, string> = { upcoming: 'Upcoming', past: 'Past', cancelled: 'Cancelled' };
const EMPTY: Record<BookingsTab, string> = {
  upcoming: 'You have no upcoming bookings.',
  past: 'You have no past bookings.',
  cancelled: 'You have no cancelled or expired bookings.',
};

/** One tab's bookings, as the server splits them (`?when=`). */
function BookingList({ when }: { when: BookingsTab }) {
  const bookings = useMyBookings(when);
  const items = bookings.data?.items ?? [];
  const events = useEventsOf([...new Set(items.map((b) => b.eventId))]);
  const { user, isSignedIn } = useSession();
  const online = useOnline();
  const reader = copiesReader(user?.id ?? null, online, savedCopiesOwner());
  // Kept on the device, so this list still shows offline (saved-bookings.ts).
  useEffect(() => {
    if (user && bookings.data) for (const booking of bookings.data.items) void saveBooking(user.id, booking);
  }, [user, bookings.data]);
  const unreachable =
    !online || !isSignedIn || (isProblem(bookings.failureReason) && bookings.failureReason.status === 0);
  if (bookings.data === undefined && unreachable && reader) return <SavedBookingList userId={reader} when={when} />;
  if (bookings.isPending) {
    return (
      <Stack aria-hidden="true">
        <Skeleton height={96} />
        <Skeleton height={96} />
      </Stack>
    );
  }
  if (bookings.isError) {
    return (
      <ProblemAlert
        error={bookings.error}
        title="Could not load your bookings"
        onRetry={() => void bookings.refetch()}
      />
    );
  }
  if (items.length === 0) {
    return (
      <Stack align="flex-start" gap="sm">
        <Text>{EMPTY[when]}</Text>
        {when === 'upcoming' && (
          <Button component={Link} to="/" variant="default">
            Browse events
          </Button>
        )}
      </Stack>
    );
  }
  return <BookingGroup heading={TAB_LABELS[when]} bookings={items} events={events} />;
}

function BookingLists() {
  const [tab, setTab] = useState<BookingsTab>('upcoming');
  return (
    <Tabs value={tab} onChange={(value) => value && setTab(value as BookingsTab)} keepMounted={false}>
      <Tabs.List mb="md">
        {BOOKINGS_TABS.map((when) => (
          <Tabs.Tab key={when} value={when}>
            {TAB_LABELS[when]}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {BOOKINGS_TABS.map((when) => (
        <Tabs.Panel key={when} value={when}>
          <BookingList when={when} />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

/** `/me/bookings`: the caller's bookings in tabs (upcoming, past, cancelled), each linking to its booking page. */
export function MyBookingsPage() {
  const { isSignedIn } = useSession();
  // Offline the session may not be restorable: the saved copies' owner still sees them.
  const savedCopiesOffline = !useOnline() && savedCopiesOwner() !== null;
  return (
    <Container size="md" px={0}>
      <title>My bookings · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>My bookings</Title>
        {isSignedIn || savedCopiesOffline ? <BookingLists /> : <SignInPrompt action="see your bookings" />}
      </Stack>
    </Container>
  );
}
