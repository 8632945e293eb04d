import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatMoney } from '../../../lib/format';
import { newId } from '../../../lib/ids';
import type { Booking, PaymentResult } from '../booking.types';
import { PaymentDeclined } from '../PaymentDeclined';
import { usePayBooking } from '../useBookingMutations';
import { followPayPalAnswer, PAY_WITH_PAYPAL, payPalWaiting, type PayPalSettings } from './paypal-approval';

type Props = {
  booking: Booking;
  deadlinePassed: boolean;
  paypal: PayPalSettings;
  /** The outcome PayPal's return page carried here, until this form has an answer of its own. */
  carried?: Pick<PaymentResult, 'status' | 'reason'>;
};

/** "Stand-in" next to PayPal's name where the server talks to a local stand-in of PayPal, not PayPal. */
function StandInBadge() {
  return (
    <Badge color="gray" variant="outline" size="sm" data-testid="paypal-stand-in">
      Stand-in
    </Badge>
  );
}

/**
 * Paying with PayPal: the server opens a PayPal order for the booking's total and answers with
 * PayPal's approval page, where the buyer logs in and approves; PayPal then sends them back to the
 * return page (which captures the order) or the cancel page. A decline shows PayPal's reason and
 * leaves the form to try again (or pay by card) before the deadline.
 */
export function PayPalPaymentForm({ booking, deadlinePassed, paypal, carried }: Props) {
  const [refused, setRefused] = useState<string | null>(null);
  // On the way to PayPal: the button stays busy until the page unloads.
  const [leaving, setLeaving] = useState(false);
  const pay = usePayBooking(booking.bookingId, (result) => {
    const answer = followPayPalAnswer(result, paypal.approvalOrigin, (url) => window.location.assign(url));
    if (answer.kind === 'follow') setLeaving(true);
    if (answer.kind === 'refused') setRefused(answer.url);
  });
  // Back from PayPal through the browser's back button, the page may come from the back/forward cache.
  useEffect(() => {
    const shown = (e: PageTransitionEvent) => {
      if (e.persisted) setLeaving(false);
    };
    window.addEventListener('pageshow', shown);
    return () => window.removeEventListener('pageshow', shown);
  }, []);
  const waiting = payPalWaiting(booking, paypal.approvalOrigin);
  const busy = pay.isPending || leaving;

  const start = () => {
    setRefused(null);
    pay.mutate({ method: PAY_WITH_PAYPAL, idempotencyKey: newId() });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="paypal-heading">
      <Group gap="xs">
        <Title order={2} size="h3" id="paypal-heading">
          Pay with PayPal
        </Title>
        {paypal.standIn && <StandInBadge />}
      </Group>
      {waiting && !busy && (
        <Alert color="blue" variant="light" title="Your PayPal payment waits for approval" data-testid="paypal-waiting">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">Approve it on PayPal, or start again below (the waiting payment is then cancelled).</Text>
            <Button component="a" href={waiting} size="xs">
              Continue on PayPal
            </Button>
          </Stack>
        </Alert>
      )}
      <Text size="sm" maw={480}>
        You will go to PayPal to log in and approve {formatMoney(booking.total.amount, booking.total.currency)}, then
        come back here. Nothing is charged until you approve.
        {paypal.standIn && ' This is a local stand-in of PayPal: no money moves.'}
      </Text>
      <div>
        <Button onClick={start} loading={busy} disabled={deadlinePassed}>
          Continue to PayPal
        </Button>
      </div>
      {refused && (
        <Alert color="red" variant="light" title="Could not open PayPal" role="alert" data-testid="paypal-refused">
          <Text size="sm">
            The payment answer named a page that is not PayPal’s, so it was not opened. Try again, or pay by card.
          </Text>
        </Alert>
      )}
      {!pay.isPending && (
        <PaymentDeclined booking={booking} answer={pay.data ?? carried} deadlinePassed={deadlinePassed} />
      )}
      {pay.isError && <ProblemAlert error={pay.error} title="Could not start the PayPal payment" />}
    </Stack>
  );
}
