import { Alert, Text } from '@mantine/core';
import { formatTime } from '../../lib/format';
import { declineMessage } from './booking-status';
import type { Booking, PaymentResult } from './booking.types';

/**
 * The last attempt's decline: this tab's answer (or the one PayPal's return page carried here),
 * else (after a reload) the booking's last payment if it was declined; with how long the buyer may
 * still try again.
 */
export function PaymentDeclined({
  booking,
  answer,
  deadlinePassed,
}: {
  booking: Booking;
  answer: Pick<PaymentResult, 'status' | 'reason'> | undefined;
  deadlinePassed: boolean;
}) {
  const lastPayment = booking.payments.at(-1);
  const reason = answer
    ? answer.status === 'declined'
      ? { reason: answer.reason }
      : null
    : lastPayment?.status === 'declined'
      ? { reason: lastPayment.declineReason }
      : null;
  if (!reason) return null;
  return (
    <Alert color="red" variant="light" title="Payment declined" role="alert" data-testid="payment-declined">
      <Text size="sm">{declineMessage(reason.reason)}</Text>
      {!deadlinePassed && (
        <Text size="sm">
          You can try again until <time dateTime={booking.paymentDeadline}>{formatTime(booking.paymentDeadline)}</time>.
        </Text>
      )}
    </Alert>
  );
}
