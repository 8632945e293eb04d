import { Alert, Stack, Text, Title } from '@mantine/core';
import { formatDateTime, formatLongDateTime } from '../../lib/format';
import { BookingStatusBadge } from './BookingStatusBadge';
import type { SavedBooking } from './saved-bookings';
import { TicketCodeGrid } from './TicketCodes';
import { TicketList } from './TicketList';

/** Says the page shows what the device saved, and from when (it may have changed since). */
export function OfflineNotice({ savedAt }: { savedAt: string }) {
  return (
    <Alert color="yellow" variant="light" role="status" data-testid="offline-notice">
      <Text size="sm">
        Offline — saved copy from <time dateTime={savedAt}>{formatDateTime(savedAt)}</time>. It may have changed since;
        it updates when you are back online.
      </Text>
    </Alert>
  );
}

/** A booking's page offline: its saved copy, with the entry codes if they were saved too. */
export function SavedBookingView({ saved }: { saved: SavedBooking }) {
  const booking = saved.booking.value;
  const savedAt =
    saved.tickets && saved.tickets.savedAt < saved.booking.savedAt ? saved.tickets.savedAt : saved.booking.savedAt;
  return (
    <Stack gap="lg">
      <OfflineNotice savedAt={savedAt} />
      <Stack gap={4}>
        <Text>
          <Text span fw={600}>
            {booking.eventTitle || 'Event'}
          </Text>
          {booking.eventStartsAt && (
            <>
              {' · '}
              <time dateTime={booking.eventStartsAt}>{formatLongDateTime(booking.eventStartsAt)}</time>
            </>
          )}
        </Text>
        <Text size="sm" c="dimmed">
          Booked by {booking.buyerName} ({booking.buyerEmail}) on{' '}
          <time dateTime={booking.placedAt}>{formatDateTime(booking.placedAt)}</time>
        </Text>
        <BookingStatusBadge booking={booking} />
      </Stack>
      <TicketList
        tickets={booking.tickets}
        total={booking.total}
        heading={booking.status === 'confirmed' ? 'Your tickets' : 'Your order'}
      />
      {booking.status === 'confirmed' && (
        <Stack gap="xs" component="section" aria-labelledby="ticket-codes-heading">
          <Title order={2} size="h3" id="ticket-codes-heading">
            Entry codes
          </Title>
          {saved.tickets ? (
            <TicketCodeGrid tickets={saved.tickets.value.tickets} />
          ) : (
            <Text size="sm">The entry codes were not saved on this device. Open this booking once online.</Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
