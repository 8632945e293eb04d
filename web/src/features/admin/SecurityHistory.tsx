import { Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../lib/format';
import { adminKeys, fetchSecurityHistory } from './admin.api';

/** Logins, failures, password and role changes… as the API records them, newest first. */
export function SecurityHistory({ userId }: { userId: string }) {
  const history = useQuery({ queryKey: adminKeys.history(userId), queryFn: () => fetchSecurityHistory(userId) });
  if (history.isPending) return <Skeleton height={80} aria-hidden="true" />;
  if (history.isError) {
    return (
      <ProblemAlert error={history.error} title="Could not load the history" onRetry={() => void history.refetch()} />
    );
  }
  if (history.data.items.length === 0) return <Text size="sm">Nothing recorded yet.</Text>;
  return (
    <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {history.data.items.map((event, index) => (
        <Paper component="li" key={`${event.at}-${index}`} withBorder p="xs" radius="sm">
          <Text size="sm" fw={600}>
            {event.type}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(event.at)}
            {event.ip ? ` · IP ${event.ip}` : ''}
          </Text>
          {event.detail && <Text size="sm">{event.detail}</Text>}
        </Paper>
      ))}
    </Stack>
  );
}
