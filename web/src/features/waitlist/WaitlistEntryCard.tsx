import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../lib/format';
import { HoldCountdown } from '../holds';
import { useLeaveWaitlist } from './useWaitlist';
import { STATUS_TEXT, type WaitlistEntry } from './waitlist.types';

const places = (n: number) => `${n} ${n === 1 ? 'place' : 'places'}`;

/** One waitlist entry of the caller: where it stands, the offer to book, or how it ended. */
export function WaitlistEntryCard({ entry }: { entry: WaitlistEntry }) {
  const leave = useLeaveWaitlist();
  const status = STATUS_TEXT[entry.status];
  const headingId = `waitlist-${entry.entryId}`;
  return (
    <Paper component="article" withBorder p="md" radius="md" aria-labelledby={headingId} data-testid="waitlist-entry">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={4}>
            <Title order={2} size="h4" id={headingId}>
              <Anchor component={Link} to={`/events/${encodeURIComponent(entry.eventId)}`}>
                {entry.eventTitle}
              </Anchor>
            </Title>
            <Text size="sm">
              {places(entry.quantity)}
              {entry.sectionId ? ` in section ${entry.sectionId}` : ''} · joined{' '}
              <time dateTime={entry.joinedAt}>{formatDateTime(entry.joinedAt)}</time>
            </Text>
          </Stack>
          <Badge color={status.color} variant="light">
            {status.label}
          </Badge>
        </Group>
        {entry.status === 'waiting' && (
          <Group justify="space-between" wrap="wrap">
            <Text fw={600} data-testid="waitlist-place">
              Number {entry.place ?? '?'} in the queue
            </Text>
            <Button
              variant="default"
              onClick={() => leave.mutate({ eventId: entry.eventId, entryId: entry.entryId })}
              loading={leave.isPending}
              disabled={leave.isSuccess}
              aria-label={`Leave the waitlist of ${entry.eventTitle}`}
            >
              Leave the waitlist
            </Button>
          </Group>
        )}
        {entry.status === 'offered' && entry.offer && (
          <Group justify="space-between" wrap="wrap">
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                {places(entry.quantity)} are held for you.
              </Text>
              <HoldCountdown expiresAt={entry.offer.expiresAt} />
            </Stack>
            <Button
              component={Link}
              to={`/events/${encodeURIComponent(entry.eventId)}/checkout`}
              aria-label={`Book the ${places(entry.quantity)} offered for ${entry.eventTitle}`}
            >
              Book now
            </Button>
          </Group>
        )}
        {entry.status === 'checking-out' && entry.offer?.bookingId && (
          <Anchor component={Link} to={`/bookings/${encodeURIComponent(entry.offer.bookingId)}`}>
            Continue to your booking
          </Anchor>
        )}
        {entry.endedAt && (
          <Text size="sm" c="dimmed">
            {status.label} on <time dateTime={entry.endedAt}>{formatDateTime(entry.endedAt)}</time>
            {entry.reason ? `: ${entry.reason}` : ''}
          </Text>
        )}
        {leave.isError && <ProblemAlert error={leave.error} title="Could not leave the waitlist" />}
      </Stack>
    </Paper>
  );
}
