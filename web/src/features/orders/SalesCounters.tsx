import { Group, Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatMoney } from '../../lib/format';
import { useSales } from './useOrders';

function Counter({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
    </Paper>
  );
}

/** Tickets sold, revenue (overall and per tier) and bookings per status, above the orders. */
export function SalesCounters({ eventId }: { eventId: string }) {
  const sales = useSales(eventId);
  if (sales.isPending) return <Skeleton height={72} aria-hidden="true" />;
  if (sales.isError)
    return <ProblemAlert error={sales.error} title="Could not load the sales" onRetry={() => void sales.refetch()} />;
  const { data } = sales;
  const revenue = data.revenue.length
    ? data.revenue.map((m) => formatMoney(m.amount, m.currency)).join(' + ')
    : formatMoney(0, 'EUR');
  return (
    <section aria-label="Sales">
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm">
        <Counter label="Tickets sold" value={String(data.ticketsSold)} />
        <Counter label="Revenue" value={revenue} />
        <Counter label="Confirmed" value={String(data.confirmed)} />
        <Counter label="Pending payment" value={String(data.pending)} />
        <Counter label="Expired" value={String(data.expired)} />
        <Counter label="Cancelled" value={String(data.cancelled)} />
      </SimpleGrid>
      {data.tiers.length > 0 && (
        <Group gap="md" mt="xs">
          {data.tiers.map((tier) => (
            <Text key={`${tier.tierId}-${tier.revenue.currency}`} size="sm">
              {tier.tierName}: {tier.ticketsSold} sold, {formatMoney(tier.revenue.amount, tier.revenue.currency)}
            </Text>
          ))}
        </Group>
      )}
    </section>
  );
}
