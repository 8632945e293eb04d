import { useMemo, useState, type FormEvent } from 'react';
import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import { loadStripe } from '@stripe/stripe-js/pure';
import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatMoney } from '../../../lib/format';
import { newId } from '../../../lib/ids';
import { awaitingAuthentication } from '../booking-status';
import type { Booking, PaymentResult } from '../booking.types';
import { AuthenticationPending } from '../AuthenticationPending';
import { PaymentDeclined } from '../PaymentDeclined';
import { usePayBooking } from '../useBookingMutations';
import { paymentMethodFromElement, stripeRedirect } from './payment-element';

type Props = {
  booking: Booking;
  deadlinePassed: boolean;
  publishableKey: string;
  /** The outcome PayPal's return page carried here, until this form has an answer of its own. */
  carried?: Pick<PaymentResult, 'status' | 'reason'>;
};

// One Stripe.js per publishable key for the page's life (Stripe asks for it to be loaded once).
const loaded = new Map<string, ReturnType<typeof loadStripe>>();
function stripeFor(publishableKey: string) {
  let promise = loaded.get(publishableKey);
  if (!promise) {
    // A failed load (Stripe unreachable) is not kept: the next visit tries again.
    promise = loadStripe(publishableKey).catch((error: unknown) => {
      loaded.delete(publishableKey);
      throw error;
    });
    loaded.set(publishableKey, promise);
  }
  return promise;
}

/**
 * Paying on Stripe: Stripe's Payment Element (the buyer's card never reaches us) makes a
 * PaymentMethod, which our server confirms on the attempt's own intent. A decline shows Stripe's
 * reason and leaves the form for another try before the deadline; 3-D Secure goes to Stripe's
 * page, which sends the buyer back to the booking (the webhook settles it meanwhile).
 */
export function StripePaymentForm({ booking, deadlinePassed, publishableKey, carried }: Props) {
  const [loadFailed, setLoadFailed] = useState(false);
  const stripePromise = useMemo(
    () =>
      stripeFor(publishableKey).catch(() => {
        setLoadFailed(true);
        return null;
      }),
    [publishableKey],
  );
  if (loadFailed)
    return (
      <Alert color="red" variant="light" title="The card form could not load" role="alert">
        <Text size="sm">Stripe, who takes the payment, cannot be reached right now. Reload the page to try again.</Text>
      </Alert>
    );
  return (
    <Elements
      stripe={stripePromise}
      options={{
        mode: 'payment',
        amount: booking.total.amount,
        currency: booking.total.currency.toLowerCase(),
        paymentMethodCreation: 'manual',
      }}
    >
      <PaymentElementForm booking={booking} deadlinePassed={deadlinePassed} carried={carried} />
    </Elements>
  );
}

function PaymentElementForm({ booking, deadlinePassed, carried }: Omit<Props, 'publishableKey'>) {
  const stripe = useStripe();
  const elements = useElements();
  const [formError, setFormError] = useState<string | null>(null);
  const [preparing, setPreparing] = useState(false);
  const pay = usePayBooking(booking.bookingId, (result) => {
    const next = stripeRedirect(result);
    if (next) window.location.assign(next);
  });
  const waiting = stripeRedirect({
    status: 'requires_action',
    nextAction: { url: awaitingAuthentication(booking) ?? '' },
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!stripe || !elements) return;
    setPreparing(true);
    try {
      const outcome = await paymentMethodFromElement(stripe, elements);
      if (outcome.kind === 'form-error') return setFormError(outcome.message);
      setFormError(null);
      pay.mutate({ method: { paymentMethodId: outcome.paymentMethodId }, idempotencyKey: newId() });
    } finally {
      setPreparing(false);
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="pay-heading">
      <Title order={2} size="h3" id="pay-heading">
        Pay
      </Title>
      {waiting && !pay.isPending && (
        <AuthenticationPending
          message="The payment waits for 3-D Secure. Continue it, or pay again below."
          action={
            <Button component="a" href={waiting} size="xs">
              Continue to 3-D Secure
            </Button>
          }
        />
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm" maw={480}>
          <PaymentElement onChange={() => setFormError(null)} />
          {formError && (
            <Text size="sm" c="red" role="alert">
              {formError}
            </Text>
          )}
          <div>
            <Button
              type="submit"
              loading={preparing || pay.isPending}
              disabled={deadlinePassed || !stripe || !elements}
            >
              Pay {formatMoney(booking.total.amount, booking.total.currency)}
            </Button>
          </div>
        </Stack>
      </form>
      {!pay.isPending && (
        <PaymentDeclined booking={booking} answer={pay.data ?? carried} deadlinePassed={deadlinePassed} />
      )}
      {pay.isError && <ProblemAlert error={pay.error} title="Could not pay" />}
    </Stack>
  );
}
