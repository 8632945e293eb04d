import { useEffect, useRef } from 'react';
import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { parseSeatId } from '@booking/seating';
import { HoldCountdown } from './HoldCountdown';
import type { PlacedHold } from './holds.types';

/** A short reference people can read out ("Hold #3F9A2C"): the id's random tail, not its time-ordered head. */
export const holdRef = (holdId: string) => `#${holdId.replaceAll('-', '').slice(-6).toUpperCase()}`;

const seatsText = (hold: PlacedHold) => {
  const what = `${hold.quantity} ${hold.quantity === 1 ? 'seat' : 'seats'}`;
  if (!hold.seatIds?.length) return what;
  const seats = hold.seatIds.map((id) => {
    const { row, number } = parseSeatId(id);
    return `Row ${row}, seat ${number}`;
  });
  return `${what} (${seats.join('; ')})`;
};

/**
 * What a successful hold gives the buyer, in words: the event, the seats, a short reference, the
 * expiry. It takes the focus, so keyboard and screen reader users land on the result, not the page top.
 */
export function HeldMessage({ hold, eventTitle }: { hold: PlacedHold; eventTitle: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [hold.holdId]);
  return (
    <Alert ref={ref} tabIndex={-1} color="green" variant="light" title="Seats held" role="status">
      <Stack gap={4}>
        <Text size="sm">
          You hold {seatsText(hold)} for {eventTitle}. Hold {holdRef(hold.holdId)}.
        </Text>
        <HoldCountdown expiresAt={hold.expiresAt} />
        <Group gap="md">
          <Anchor
            component={Link}
            to={`/events/${encodeURIComponent(hold.eventId)}/checkout`}
            size="sm"
            c="inherit"
            fw={600}
            underline="always"
          >
            Check out now
          </Anchor>
          <Anchor component={Link} to="/holds" size="sm" c="inherit" fw={600} underline="always">
            Go to my holds
          </Anchor>
        </Group>
      </Stack>
    </Alert>
  );
}
