import { Button, Text } from '@mantine/core';
import { useResendTickets } from './useOrders';
import type { Order } from './orders.types';

/** "Resend tickets" for a confirmed order; says whether a mail went out or one was sent within the minute. */
export function ResendTicketsButton({ order }: { order: Order }) {
  const resend = useResendTickets();
  if (order.status !== 'confirmed') return null;
  const labelId = `order-${order.bookingId}`;
  return (
    <>
      <Button
        size="xs"
        variant="default"
        loading={resend.isPending}
        onClick={() => resend.mutate(order.bookingId)}
        aria-describedby={labelId}
      >
        Resend tickets
      </Button>
      <Text size="xs" role="status" c={resend.isError ? 'red' : 'dimmed'}>
        {resend.isSuccess && (resend.data.queued ? 'Tickets mailed again.' : 'Already mailed within the last minute.')}
        {resend.isError && (resend.error.message || 'Could not resend the tickets.')}
      </Text>
    </>
  );
}
