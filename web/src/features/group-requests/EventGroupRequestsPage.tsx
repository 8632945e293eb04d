import { useState } from 'react';
import { Anchor, Badge, Button, Container, Group, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatLongDateTime } from '../../lib/format';
import { RequireSignIn } from '../auth';
import {
  STATUS_LABELS,
  answerGroupRequest,
  fetchEventGroupRequests,
  groupRequestKeys,
  type GroupRequest,
} from '../group-booking';

/** One request with the organizer's answer: a note (optional to approve, needed to decline). */
function RequestCard({ eventId, request }: { eventId: string; request: GroupRequest }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const answer = useMutation({
    mutationFn: (how: 'approve' | 'decline') => answerGroupRequest(request.requestId, how, reason.trim()),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: groupRequestKeys.ofEvent(eventId) }),
  });
  const headingId = `group-request-${request.requestId}`;
  const who = request.requesterName ?? 'An attendee';
  return (
    <Paper component="li" withBorder p="md" radius="md" style={{ listStyle: 'none' }} aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h5" id={headingId}>
            {who}: {request.quantity} places
          </Title>
          <Badge variant="light">{STATUS_LABELS[request.status]}</Badge>
        </Group>
        <Text size="sm">
          Asked {formatLongDateTime(request.requestedAt)}
          {request.requesterEmail ? ` · ${request.requesterEmail}` : ''} · limit per order {request.maxPerOrder}
        </Text>
        {request.message && <Text size="sm">“{request.message}”</Text>}
        {request.reason && <Text size="sm">Your answer: {request.reason}</Text>}
        {request.status === 'pending' && (
          <Stack gap="xs">
            <TextInput
              label="Note to the requester"
              description="Optional when approving; needed to decline"
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setMissing(false);
              }}
              error={missing ? 'Say why you decline.' : undefined}
              maxLength={500}
            />
            <Group>
              <Button
                onClick={() => answer.mutate('approve')}
                loading={answer.isPending && answer.variables === 'approve'}
              >
                Approve
              </Button>
              <Button
                variant="light"
                color="red"
                onClick={() => (reason.trim() ? answer.mutate('decline') : setMissing(true))}
                loading={answer.isPending && answer.variables === 'decline'}
              >
                Decline
              </Button>
            </Group>
          </Stack>
        )}
        {answer.isError && <ProblemAlert error={answer.error} title="Could not answer the request" />}
      </Stack>
    </Paper>
  );
}

function Requests({ eventId }: { eventId: string }) {
  const requests = useQuery({
    queryKey: groupRequestKeys.ofEvent(eventId),
    queryFn: ({ signal }) => fetchEventGroupRequests(eventId, signal),
  });
  if (requests.isPending) return <Skeleton height={120} aria-hidden="true" />;
  if (requests.isError)
    return (
      <ProblemAlert
        error={requests.error}
        title="Could not load the requests"
        onRetry={() => void requests.refetch()}
      />
    );
  if (requests.data.items.length === 0) return <Text>No group requests yet.</Text>;
  return (
    <Stack component="ul" gap="sm" p={0} m={0}>
      {requests.data.items.map((request) => (
        <RequestCard key={request.requestId} eventId={eventId} request={request} />
      ))}
    </Stack>
  );
}

/** `/organizer/events/:eventId/group-requests`: requests to book more than the per-order limit, to approve or decline. */
export function EventGroupRequestsPage() {
  const eventId = useParams().eventId ?? '';
  return (
    <Container size="md" px={0}>
      <title>Group requests · Organizer · Seatwise</title>
      <Stack gap="lg">
        <Anchor component={Link} to="/organizer" size="sm">
          ← My events
        </Anchor>
        <Title order={1}>Group requests</Title>
        <RequireSignIn action="answer group requests" roles={['organizer', 'admin']}>
          <Requests eventId={eventId} />
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
