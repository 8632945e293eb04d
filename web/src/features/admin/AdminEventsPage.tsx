import { Container, NativeSelect, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RequireSignIn } from '../auth';
import { statusLabel, type EventStatus } from '../catalog';
import { ApprovalItem } from './ApprovalItem';
import { adminEventKeys, fetchEventsByStatus } from './adminEvents.api';

const STATUSES: EventStatus[] = ['submitted', 'approved', 'rejected', 'draft', 'published', 'cancelled', 'completed'];

function ApprovalQueue() {
  const [params, setParams] = useSearchParams();
  const wanted = params.get('status') as EventStatus | null;
  const status: EventStatus = wanted && STATUSES.includes(wanted) ? wanted : 'submitted';
  const events = useQuery({ queryKey: adminEventKeys.list(status), queryFn: () => fetchEventsByStatus(status) });
  const items = events.data?.items ?? [];

  return (
    <Stack gap="md">
      <NativeSelect
        label="Show events that are"
        data={STATUSES.map((value) => ({ value, label: statusLabel(value) }))}
        value={status}
        onChange={(e) =>
          setParams(e.currentTarget.value === 'submitted' ? {} : { status: e.currentTarget.value }, { replace: true })
        }
        maw={260}
      />
      {events.isPending ? (
        <Skeleton height={160} aria-hidden="true" />
      ) : events.isError ? (
        <ProblemAlert error={events.error} title="Could not load the events" onRetry={() => void events.refetch()} />
      ) : (
        <>
          <Text size="sm" role="status">
            {items.length === 0
              ? status === 'submitted'
                ? 'Nothing awaits approval.'
                : 'No events in this state.'
              : `${items.length} ${items.length === 1 ? 'event' : 'events'}.`}
          </Text>
          {items.length > 0 && (
            <Stack component="ul" gap="sm" p={0} m={0} aria-label="Events" aria-busy={events.isFetching}>
              {items.map((event) => (
                <ApprovalItem key={event.id} event={event} />
              ))}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}

export function AdminEventsPage() {
  return (
    <Container size="md" px={0}>
      <title>Event approvals · Admin · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Event approvals</Title>
        <Text c="dimmed">Check submitted events and approve them for publishing, or reject them with a reason.</Text>
        <RequireSignIn action="review events" roles={['admin']}>
          <ApprovalQueue />
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
