import { Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../lib/format';
import { useSession } from '../auth';
import { adminKeys, fetchSecurityHistory, type AdminUser } from './admin.api';
import { describeSecurityEvent } from './describeSecurityEvent';

/** The accounts the admin pages have loaded: enough to name who granted a role, without another request. */
function useKnownUsers(): AdminUser[] {
  const lists = useQueryClient().getQueriesData<{ items: AdminUser[] }>({ queryKey: [...adminKeys.all, 'list'] });
  return lists.flatMap(([, data]) => data?.items ?? []);
}

/** Logins, failures, password and role changes… in words, newest first. */
export function SecurityHistory({ userId }: { userId: string }) {
  const history = useQuery({ queryKey: adminKeys.history(userId), queryFn: () => fetchSecurityHistory(userId) });
  const me = useSession().user?.id;
  const users = useKnownUsers();
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
            {describeSecurityEvent(event, { me, users })}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(event.at)}
            {event.ip ? ` · IP ${event.ip}` : ''}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
