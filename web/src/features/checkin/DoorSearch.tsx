import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { checkinKeys, searchAttendees } from './checkin.api';
import { timeOfDay } from './verdicts';

/** Find a ticket by the attendee's or buyer's name or the booking number, and check it in by hand. */
export function DoorSearch({
  eventId,
  offline,
  onCheckIn,
}: {
  eventId: string;
  offline: boolean;
  onCheckIn: (ticketId: string) => Promise<void>;
}) {
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const found = useQuery({
    queryKey: checkinKeys.attendees(eventId, debounced),
    queryFn: ({ signal }) => searchAttendees(eventId, debounced, signal),
    enabled: debounced.length >= 2 && !offline,
  });
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          Find an attendee
        </Title>
        <TextInput
          label="Name or booking number"
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          disabled={offline}
          description={offline ? 'Search needs the server: go online.' : undefined}
        />
        {found.isError && <ProblemAlert error={found.error} title="Search failed" />}
        {found.data && found.data.length === 0 && <Text size="sm">No ticket matches.</Text>}
        <Stack component="ul" gap="xs" p={0} m={0} aria-label="Matching tickets">
          {found.data?.map((attendee) => (
            <Group component="li" key={attendee.ticketId} justify="space-between" style={{ listStyle: 'none' }}>
              <Stack gap={0}>
                <Text size="sm" fw={600}>
                  {attendee.attendeeName} · {attendee.bookingNumber}
                </Text>
                <Text size="xs" c="dimmed">
                  {attendee.seatLabel}
                  {attendee.checkedIn
                    ? ` · in at ${timeOfDay(attendee.checkedIn.at)} (${attendee.checkedIn.gate})`
                    : ''}
                </Text>
              </Stack>
              {attendee.status === 'revoked' ? (
                <Badge color="red">Revoked</Badge>
              ) : (
                <Button
                  size="xs"
                  variant={attendee.checkedIn ? 'default' : 'filled'}
                  onClick={() => void onCheckIn(attendee.ticketId).then(() => found.refetch())}
                  aria-label={`Check in ${attendee.attendeeName}, ${attendee.seatLabel}`}
                >
                  {attendee.checkedIn ? 'Scan again' : 'Check in'}
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
