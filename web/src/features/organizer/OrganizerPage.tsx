import { Alert, Button, Container, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RequireSignIn, useSession } from '../auth';
import { MyEventItem } from './MyEventItem';
import { fetchMyEvents, organizerKeys } from './organizer.api';

function createdTitle(state: unknown): string | undefined {
  return state && typeof state === 'object' && 'created' in state && typeof state.created === 'string'
    ? state.created
    : undefined;
}

function MyEvents() {
  const events = useQuery({ queryKey: organizerKeys.all, queryFn: fetchMyEvents });
  const created = createdTitle(useLocation().state);
  const items = events.data?.items ?? [];
  return (
    <Stack gap="md">
      {created && (
        <Alert color="green" variant="light" title="Draft created" role="status">
          “{created}” is saved as a draft. Submit it for approval when it is ready.
        </Alert>
      )}
      {events.isPending ? (
        <Stack aria-hidden="true">
          <Skeleton height={110} />
          <Skeleton height={110} />
        </Stack>
      ) : events.isError ? (
        <ProblemAlert error={events.error} title="Could not load your events" onRetry={() => void events.refetch()} />
      ) : items.length === 0 ? (
        <Text>You have no events yet. Start with “New event”.</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} aria-label="My events" aria-busy={events.isFetching}>
          {items.map((event) => (
            <MyEventItem key={event.id} event={event} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

export function OrganizerPage() {
  const navigate = useNavigate();
  const { hasRole } = useSession();
  return (
    <Container size="md" px={0}>
      <title>Organizer · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Organizer</Title>
        <Text c="dimmed">Draft an event, submit it for approval, then publish it once an admin approves.</Text>
        <RequireSignIn action="create events" roles={['organizer', 'admin']}>
          <Stack gap="md" component="section" aria-labelledby="my-events-heading">
            <Group justify="space-between" wrap="wrap">
              <Title order={2} size="h3" id="my-events-heading">
                My events
              </Title>
              <Group gap="xs">
                <Button variant="default" onClick={() => void navigate('/organizer/promo-codes')}>
                  Promo codes
                </Button>
                {hasRole('organizer') && (
                  <Button variant="default" onClick={() => void navigate('/organizer/webhooks')}>
                    Webhooks
                  </Button>
                )}
                <Button variant="default" onClick={() => void navigate('/organizer/invoices')}>
                  Invoices
                </Button>
                <Button variant="default" onClick={() => void navigate('/organizer/reports')}>
                  Reports
                </Button>
                <Button onClick={() => void navigate('/organizer/events/new')}>New event</Button>
              </Group>
            </Group>
            <MyEvents />
          </Stack>
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
