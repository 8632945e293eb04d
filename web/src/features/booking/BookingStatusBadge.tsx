import { Badge, Group } from '@mantine/core';
import { bookingStatusText, refundRequested } from './booking-status';
import type { Booking } from './booking.types';

/** The booking's state, and "Refund requested" beside it when money is owed back. */
export function BookingStatusBadge({ booking }: { booking: Pick<Booking, 'status' | 'refunds'> }) {
  const text = bookingStatusText(booking.status);
  return (
    <Group gap={6} wrap="wrap">
      <Badge color={text.color} variant="light" data-testid="booking-status">
        {text.label}
      </Badge>
      {refundRequested(booking) && (
        <Badge color="grape" variant="light">
          Refund requested
        </Badge>
      )}
    </Group>
  );
}
