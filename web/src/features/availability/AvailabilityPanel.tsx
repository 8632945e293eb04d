import {
  Badge,
  ColorSwatch,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Skeleton,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SALE_STATE_TEXT, saleState, type SaleState } from './saleState';
import { useAvailabilityAnnouncement } from './useAnnouncement';
import { useLiveAvailability, type StreamStatus } from './useLiveAvailability';

const statusBadge: Record<StreamStatus, { label: string; color: string }> = {
  live: { label: 'Live', color: 'green' },
  connecting: { label: 'Connecting…', color: 'gray' },
  reconnecting: { label: 'Reconnecting…', color: 'yellow' },
};

function Stat({ label, value, color }: { label: string; value: number; color?: string }) {
  // One text run ("Free: 95") so it reads, copies and is found in tests as a phrase.
  return (
    <Text size="lg">
      {color && (
        <ColorSwatch
          component="span"
          color={color}
          size={10}
          mr={6}
          withShadow={false}
          aria-hidden="true"
          style={{ display: 'inline-block', verticalAlign: 'middle' }}
        />
      )}
      <Text span size="sm" c="dimmed">
        {label}:
      </Text>{' '}
      <Text span fw={700}>
        {value}
      </Text>
    </Text>
  );
}

/** Why no seat can be held, when none can: sold out is final, all held may change. */
function SaleStateNote({ state }: { state: SaleState }) {
  if (state === 'open') return null;
  return (
    <Text fw={700} mt="sm" c={state === 'all-held' ? undefined : 'var(--mantine-color-error)'}>
      {SALE_STATE_TEXT[state].title}
    </Text>
  );
}

// Bar colours, repeated as swatches next to the numbers so the bar needs no separate legend.
const SOLD = 'var(--mantine-color-gray-6)';
const HELD = 'var(--mantine-color-yellow-5)';
const FREE = 'var(--mantine-color-teal-6)';

const percent = (part: number, whole: number) => (whole > 0 ? (100 * Math.max(0, part)) / whole : 0);

/** Capacity, held, sold and free seats of one event, updated live. */
export function AvailabilityPanel({ eventId }: { eventId: string }) {
  const { data, error, isPending, refetch, status } = useLiveAvailability(eventId);
  const announcement = useAvailabilityAnnouncement(data);
  const badge = statusBadge[status];

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="availability-heading"
      data-testid="availability"
    >
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
          <SimpleGrid cols={2} spacing="xs" mb="sm">
            <Stat label="Capacity" value={data.capacity} />
            <Stat label="Sold" value={data.sold} color={SOLD} />
            <Stat label="Held" value={data.held} color={HELD} />
            <Stat label="Free" value={data.free} color={FREE} />
          </SimpleGrid>
          <Progress.Root size="lg" aria-hidden="true">
            <Progress.Section value={percent(data.sold, data.capacity)} color={SOLD} withAria={false} />
            <Progress.Section value={percent(data.held, data.capacity)} color={HELD} withAria={false} />
            <Progress.Section value={percent(data.free, data.capacity)} color={FREE} withAria={false} />
          </Progress.Root>
          <SaleStateNote state={saleState(data)} />
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
