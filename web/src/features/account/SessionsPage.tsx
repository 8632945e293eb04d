import { Badge, Button, Container, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../lib/format';
import { RequireSignIn, useSession } from '../auth';
import { describeDevice } from './describe-device';
import { accountKeys, fetchSessions, revokeOtherSessions, revokeSession, type AccountSession } from './account.api';

function SessionItem({ session, onRevoke, busy }: { session: AccountSession; onRevoke: () => void; busy: boolean }) {
  const labelId = `session-${session.id}`;
  return (
    <Paper component="li" withBorder p="md" radius="md" style={{ listStyle: 'none' }}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600} id={labelId} title={session.device || undefined}>
              {describeDevice(session.device)}
            </Text>
            {session.current && (
              <Badge variant="light" color="blue">
                This device
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            IP {session.ip || 'unknown'} · signed in {formatDateTime(session.createdAt)} · last used{' '}
            {formatDateTime(session.lastUsedAt)}
          </Text>
        </Stack>
        {session.current ? (
          <Text size="sm" c="dimmed">
            Use “Log out” to end this one.
          </Text>
        ) : (
          <Button variant="light" color="red" size="xs" loading={busy} onClick={onRevoke} aria-describedby={labelId}>
            Revoke
          </Button>
        )}
      </Group>
    </Paper>
  );
}

function SessionList({ userId }: { userId: string }) {
  const queryClient = useQueryClient();
  const key = accountKeys.sessions(userId);
  const sessions = useQuery({ queryKey: key, queryFn: () => fetchSessions() });
  // Waits for the revocation (lib/read-your-writes.ts).
  const reload = () => queryClient.fetchQuery({ queryKey: key, queryFn: fetchSessions, staleTime: 0 });
  const revokeOne = useMutation({
    mutationFn: revokeSession,
    onSuccess: (_position, id) => {
      queryClient.setQueryData<{ items: AccountSession[] }>(
        key,
        (list) => list && { items: list.items.filter((s) => s.id !== id) },
      );
      return reload().catch(() => undefined);
    },
  });
  const revokeOthers = useMutation({
    mutationFn: revokeOtherSessions,
    onSuccess: () => {
      queryClient.setQueryData<{ items: AccountSession[] }>(
        key,
        (list) => list && { items: list.items.filter((s) => s.current) },
      );
      return reload().catch(() => undefined);
    },
  });

  if (sessions.isPending) return <Skeleton height={120} aria-hidden="true" />;
  if (sessions.isError) {
    return (
      <ProblemAlert
        error={sessions.error}
        title="Could not load your sessions"
        onRetry={() => void sessions.refetch()}
      />
    );
  }
  const others = sessions.data.items.filter((s) => !s.current).length;
  return (
    <Stack gap="md">
      <Group>
        <Button
          color="red"
          variant="light"
          disabled={others === 0}
          loading={revokeOthers.isPending}
          onClick={() => revokeOthers.mutate()}
        >
          Revoke all other sessions
        </Button>
        <Text size="sm" c="dimmed" role="status">
          {others === 0 ? 'No other sessions.' : `${others} other ${others === 1 ? 'session' : 'sessions'}.`}
        </Text>
      </Group>
      {revokeOne.isError && <ProblemAlert error={revokeOne.error} title="Could not revoke the session" />}
      {revokeOthers.isError && <ProblemAlert error={revokeOthers.error} title="Could not revoke the other sessions" />}
      <Stack component="ul" gap="sm" p={0} m={0} aria-label="Your sessions">
        {sessions.data.items.map((session) => (
          <SessionItem
            key={session.id}
            session={session}
            busy={revokeOne.isPending && revokeOne.variables === session.id}
            onRevoke={() => revokeOne.mutate(session.id)}
          />
        ))}
      </Stack>
    </Stack>
  );
}

export function SessionsPage() {
  const { user } = useSession();
  return (
    <Container size="md" px={0}>
      <title>Sessions · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Sessions</Title>
        <Text c="dimmed">Every device where you are logged in. Revoke any you do not recognise.</Text>
        <RequireSignIn action="see your sessions">{user && <SessionList userId={user.id} />}</RequireSignIn>
      </Stack>
    </Container>
  );
}
