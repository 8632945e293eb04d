import { Anchor, Badge, Button, Container, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../lib/format';
import { RequireSignIn } from '../auth';
import { useEventWaitlist, useLeaveWaitlist } from './useWaitlist';
import { STATUS_TEXT, type EventWaitlistEntry } from './waitlist.types';

function RemoveButton({ entry }: { entry: EventWaitlistEntry }) {
  const leave = useLeaveWaitlist();
  return (
    <Stack gap={4}>
      <Button
        size="xs"
        variant="default"
        onClick={() => leave.mutate({ eventId: entry.eventId, entryId: entry.entryId })}
        loading={leave.isPending}
        disabled={leave.isSuccess}
        aria-label={`Remove ${entry.holderName || entry.holderEmail} from the waitlist`}
      >
        Remove
      </Button>
      {leave.isError && <ProblemAlert error={leave.error} title="Could not remove the entry" />}
    </Stack>
  );
}

function EventWaitlist({ eventId }: { eventId: string }) {
  const list = useEventWaitlist(eventId);
  if (list.isPending) return <Skeleton height={200} aria-hidden="true" />;
  if (list.isError) {
    return <ProblemAlert error={list.error} title="Could not load the waitlist" onRetry={() => void list.refetch()} />;
  }
  const { items, waiting, waitingPlaces, enabled } = list.data;
  return (
    <Stack gap="md">
      <Text role="status" data-testid="waitlist-summary">
        {waiting === 0
          ? 'Nobody is waiting.'
          : `${waiting} ${waiting === 1 ? 'person waits' : 'people wait'} for ${waitingPlaces} ${waitingPlaces === 1 ? 'place' : 'places'}.`}{' '}
        {enabled
          ? 'Freed places are offered to them first, in join order.'
          : 'The waitlist is turned off: nobody can join (turn it on in the event’s sales settings).'}
      </Text>
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Caption>Waitlist of this event, in join order</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Place</Table.Th>
                <Table.Th scope="col">Who</Table.Th>
                <Table.Th scope="col">Places</Table.Th>
                <Table.Th scope="col">Joined</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((entry) => (
                <Table.Tr key={entry.entryId} data-testid="waitlist-row">
                  <Table.Td>{entry.place ?? '–'}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.holderName}</Text>
                    <Text size="xs" c="dimmed">
                      {entry.holderEmail}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {entry.quantity}
                    {entry.sectionId ? ` (${entry.sectionId})` : ''}
                  </Table.Td>
                  <Table.Td>
                    <time dateTime={entry.joinedAt}>{formatDateTime(entry.joinedAt)}</time>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_TEXT[entry.status].color} variant="light">
                      {STATUS_TEXT[entry.status].label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{entry.status === 'waiting' && <RemoveButton entry={entry} />}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** `/organizer/events/:eventId/waitlist`: who waits for the event, in join order, and what became of each entry. */
export function EventWaitlistPage() {
  const eventId = useParams().eventId ?? '';
  return (
    <Container size="xl" px={0}>
      <title>Waitlist · Organizer · Seatwise</title>
      <Stack gap="lg">
        <Anchor component={Link} to="/organizer" size="sm">
          ← My events
        </Anchor>
        <Title order={1}>Waitlist</Title>
        <RequireSignIn action="see the waitlist" roles={['organizer', 'admin']}>
          <EventWaitlist eventId={eventId} />
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
