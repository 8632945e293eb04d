import { useState } from 'react';
import { Button } from '@mantine/core';
import { ReasonModal } from '../../components/ReasonModal';
import type { Order } from './orders.types';
import { useCancelOrder } from './useOrders';

/** "Cancel order" for a pending or confirmed order: asks for a reason the buyer will see, then cancels it whole. */
export function CancelOrderButton({ order }: { order: Order }) {
  const cancel = useCancelOrder();
  const [open, setOpen] = useState(false);
  if (order.status !== 'confirmed' && order.status !== 'pending-payment') return null;
  const close = () => {
    cancel.reset();
    setOpen(false);
  };
  return (
    <>
      <Button
        size="xs"
        variant="light"
        color="red"
        onClick={() => setOpen(true)}
        aria-label={`Cancel order ${order.bookingNumber}`}
      >
        Cancel order
      </Button>
      <ReasonModal
        opened={open}
        onClose={close}
        title={`Cancel order ${order.bookingNumber}?`}
        explanation="Every ticket of it stops admitting and its places go back on sale. A paid order is refunded in full. The buyer sees your reason."
        confirmLabel="Cancel order"
        pending={cancel.isPending}
        error={cancel.error}
        onConfirm={(reason) => cancel.mutate({ bookingId: order.bookingId, reason }, { onSuccess: close })}
      />
    </>
  );
}
