import { Badge, Group } from '@mantine/core';
import { bookingStatusText, refundRequested, refundStatusText } from './booking-status';
import type { Booking } from './booking.types';

/** The booking's state, and its latest refund's ("Refund requested", "Refunded", …) beside it when money is owed back. */
export function BookingStatusBadge({ booking }: { booking: Pick<Booking, 'status' | 'refunds'> }) {
  const text = bookingStatusText(booking.status);
  const latest = refundRequested(booking) ? booking.refunds.at(-1) : undefined;
  return (
    <Group gap={6} wrap="wrap">
      <Badge color={text.color} variant="light" data-testid="booking-status">
        {text.label}
      </Badge>
      {latest && (
        <Badge color="grape" variant="light">
          {refundStatusText(latest.status).label}
        </Badge>
      )}
    </Group>
  );
}
