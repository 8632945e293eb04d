import { Anchor, Badge, Container, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatLongDateTime } from '../../lib/format';
import { RequireSignIn, useSession } from '../auth';
import { fetchMyGroupRequests, groupRequestKeys } from './group-booking.api';
import { STATUS_LABELS } from './group-request';

function Requests() {
  const { user } = useSession();
  const requests = useQuery({
    queryKey: groupRequestKeys.mine(user?.id ?? ''),
    queryFn: ({ signal }) => fetchMyGroupRequests(undefined, signal),
    enabled: !!user,
  });
  if (requests.isPending) return <Skeleton height={120} aria-hidden="true" />;
  if (requests.isError)
    return (
      <ProblemAlert
        error={requests.error}
        title="Could not load your requests"
        onRetry={() => void requests.refetch()}
      />
    );
  if (requests.data.items.length === 0) return <Text>You have not asked for a group booking yet.</Text>;
  return (
    <Stack component="ul" gap="sm" p={0} m={0}>
      {requests.data.items.map((request) => (
        <Paper key={request.requestId} component="li" withBorder p="md" radius="md" style={{ listStyle: 'none' }}>
          <Stack gap={4}>
            <Group justify="space-between" gap="xs">
              <Anchor component={Link} to={`/events/${encodeURIComponent(request.eventId)}`} fw={600}>
                {request.eventTitle || 'Event'}
              </Anchor>
              <Badge variant="light">{STATUS_LABELS[request.status]}</Badge>
            </Group>
            <Text size="sm">
              {request.quantity} places · asked {formatLongDateTime(request.requestedAt)}
            </Text>
            {request.reason && <Text size="sm">The organizer says: {request.reason}</Text>}
            {request.status === 'approved' && request.validUntil && (
              <Text size="sm">Hold them on the event page before {formatLongDateTime(request.validUntil)}.</Text>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** `/me/group-requests`: every group booking request of the caller, newest first. */
export function MyGroupRequestsPage() {
  return (
    <Container size="md" px={0}>
      <title>My group requests · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>My group requests</Title>
        <RequireSignIn action="see your group requests">
          <Requests />
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
