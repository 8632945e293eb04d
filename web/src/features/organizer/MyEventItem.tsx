import { Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { catalogKeys, EventItemHeading, EventStatusBadge, fetchEvent, type EventSummary } from '../catalog';
import { EventActions } from './EventActions';

/** The summary has no rejection reason: a rejected event's detail supplies it. */
function useRejectionReason(event: EventSummary) {
  const inline = (event as EventSummary & { rejectionReason?: string }).rejectionReason;
  const detail = useQuery({
    queryKey: catalogKeys.detail(event.id),
    queryFn: ({ signal }) => fetchEvent(event.id, { signal }),
    enabled: event.status === 'rejected' && !inline,
  });
  return inline ?? detail.data?.rejectionReason;
}

export function MyEventItem({ event }: { event: EventSummary }) {
  const reason = useRejectionReason(event);
  const headingId = `event-${event.id}-title`;
  return (
    <Paper component="li" withBorder p="md" radius="md" style={{ listStyle: 'none' }} aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <EventItemHeading event={event} headingId={headingId} order={3} />
          <EventStatusBadge status={event.status} />
        </Group>
        {event.status === 'rejected' && (
          <Text size="sm">
            <strong>Reason for rejection:</strong> {reason ?? 'loading…'}
          </Text>
        )}
        <EventActions event={event} />
      </Stack>
    </Paper>
  );
}
