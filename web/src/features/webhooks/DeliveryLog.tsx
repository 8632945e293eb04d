import { Badge, Button, Code, Skeleton, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../lib/format';
import { describeAttempt, eventTypeLabel, lastAttempt } from './webhook-labels';
import { fetchWebhookDeliveries, resendWebhookDelivery, webhookKeys } from './webhooks.api';
import type { WebhookDeliveryStatus } from './webhooks.types';

const STATUS_COLOR: Record<WebhookDeliveryStatus, string> = { pending: 'yellow', delivered: 'green', failed: 'red' };

/** One endpoint's deliveries, newest first, each with its last attempt and a resend. */
export function DeliveryLog({ endpointId, url }: { endpointId: string; url: string }) {
  const queryClient = useQueryClient();
  const deliveries = useQuery({
    queryKey: webhookKeys.deliveries(endpointId),
    queryFn: ({ signal }) => fetchWebhookDeliveries(endpointId, signal),
    // Pending attempts move on their own: look again while any is pending.
    refetchInterval: (query) => (query.state.data?.items.some((d) => d.status === 'pending') ? 2000 : false),
  });
  const resend = useMutation({
    mutationFn: (deliveryId: string) => resendWebhookDelivery(endpointId, deliveryId),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(endpointId) }),
  });
  if (deliveries.isPending) return <Skeleton height={80} aria-label="Loading the delivery log" />;
  if (deliveries.isError)
    return (
      <ProblemAlert
        error={deliveries.error}
        title="Could not load the delivery log"
        onRetry={() => void deliveries.refetch()}
      />
    );
  if (deliveries.data.items.length === 0)
    return (
      <Text size="sm">Nothing sent to this endpoint yet: deliveries appear here as bookings and payments happen.</Text>
    );
  return (
    <>
      {resend.isError && <ProblemAlert error={resend.error} title="Could not resend" />}
      <Table.ScrollContainer minWidth={720}>
        <Table aria-label={`Deliveries to ${url}`} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Event</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Attempts</Table.Th>
              <Table.Th>Last answer</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deliveries.data.items.map((delivery) => {
              const last = lastAttempt(delivery);
              return (
                <Table.Tr key={delivery.deliveryId}>
                  <Table.Td>
                    {eventTypeLabel(delivery.notificationType)}
                    <Text size="xs" c="dimmed">
                      <Code>{delivery.notificationId}</Code>
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatDateTime(delivery.createdAt)}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[delivery.status]} variant="light">
                      {delivery.status}
                    </Badge>
                    {delivery.status === 'pending' && delivery.nextAttemptAt && (
                      <Text size="xs" c="dimmed">
                        next {formatDateTime(delivery.nextAttemptAt)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{delivery.attemptCount}</Table.Td>
                  <Table.Td>{last ? describeAttempt(last) : '—'}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      loading={resend.isPending && resend.variables === delivery.deliveryId}
                      onClick={() => resend.mutate(delivery.deliveryId)}
                      aria-label={`Resend ${eventTypeLabel(delivery.notificationType)} ${delivery.notificationId}`}
                    >
                      Resend
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
