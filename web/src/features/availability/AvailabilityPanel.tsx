import { Badge, Group, Paper, Progress, SimpleGrid, Skeleton, Text, Title, VisuallyHidden } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useAvailabilityAnnouncement } from './useAnnouncement';
import { useLiveAvailability, type StreamStatus } from './useLiveAvailability';

const statusBadge: Record<StreamStatus, { label: string; color: string }> = {
  live: { label: 'Live', color: 'green' },
  connecting: { label: 'Connecting…', color: 'gray' },
  reconnecting: { label: 'Reconnecting…', color: 'yellow' },
};

function Stat({ label, value }: { label: string; value: number }) {
  // One text run ("Free: 95") so it reads, copies and is found in tests as a phrase.
  return (
    <Text size="lg">
      <Text span size="sm" c="dimmed">
        {label}:
      </Text>{' '}
      <Text span fw={700}>
        {value}
      </Text>
    </Text>
  );
}

const percent = (part: number, whole: number) => (whole > 0 ? (100 * Math.max(0, part)) / whole : 0);

/** Capacity, held, sold and free seats of one event, updated live. */
export function AvailabilityPanel({ eventId }: { eventId: string }) {
  const { data, error, isPending, refetch, status } = useLiveAvailability(eventId);
  const announcement = useAvailabilityAnnouncement(data);
  const badge = statusBadge[status];

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="availability-heading" data-testid="availability">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="availability-heading">
          Availability
        </Title>
        <Badge variant="dot" color={badge.color}>
          {badge.label}
        </Badge>
      </Group>
      {data ? (
        <>
          <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs" mb="sm">
            <Stat label="Capacity" value={data.capacity} />
            <Stat label="Sold" value={data.sold} />
            <Stat label="Held" value={data.held} />
            <Stat label="Free" value={data.free} />
          </SimpleGrid>
          <Progress.Root size="lg" aria-hidden="true">
            <Progress.Section value={percent(data.sold, data.capacity)} color="gray.7" withAria={false} />
            <Progress.Section value={percent(data.held, data.capacity)} color="yellow.5" withAria={false} />
            <Progress.Section value={percent(data.free, data.capacity)} color="teal.7" withAria={false} />
          </Progress.Root>
          {data.free <= 0 && (
            <Text fw={700} mt="sm" c="var(--mantine-color-error)">
              Sold out
            </Text>
          )}
        </>
      ) : isPending ? (
        <>
          <Skeleton height={56} aria-hidden="true" />
          <VisuallyHidden>Loading availability…</VisuallyHidden>
        </>
      ) : (
        <ProblemAlert error={error} title="Could not load availability" onRetry={() => void refetch()} />
      )}
      <VisuallyHidden aria-live="polite" aria-atomic="true">
        {announcement}
      </VisuallyHidden>
    </Paper>
  );
}
