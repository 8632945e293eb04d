import { useState, type FormEvent } from 'react';
import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import { Button, Stack, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatMoney } from '../../../lib/format';
import { awaitingAuthentication } from '../booking-status';
import type { Booking, PaymentResult } from '../booking.types';
import { AuthenticationPending } from '../AuthenticationPending';
import { newCardAttempt, payFailure } from '../card-payment';
import { PaymentDeclined } from '../PaymentDeclined';
import { SaveCardCheckbox } from '../SaveCardCheckbox';
import { usePayBooking } from '../useBookingMutations';
import { paymentMethodFromElement, stripeRedirect } from './payment-element';
import { useStripeJs } from './stripe-loader';
import { StripeUnavailable } from './StripeUnavailable';

type Props = {
  booking: Booking;
  deadlinePassed: boolean;
  publishableKey: string;
  /** The outcome PayPal's return page carried here, until this form has an answer of its own. */
  carried?: Pick<PaymentResult, 'status' | 'reason'>;
  /** A signed-in buyer may save the card to their wallet and pay with it as a saved card. */
  canSave: boolean;
};

/**
 * Paying on Stripe: Stripe's Payment Element (the buyer's card never reaches us) makes a
 * PaymentMethod, which our server confirms on the attempt's own intent. A decline shows Stripe's
 * reason and leaves the form for another try before the deadline; 3-D Secure goes to Stripe's
 * page, which sends the buyer back to the booking (the webhook settles it meanwhile).
 */
export function StripePaymentForm({ booking, deadlinePassed, publishableKey, carried, canSave }: Props) {
  const { stripe: stripePromise, loadFailed } = useStripeJs(publishableKey);
  if (loadFailed) return <StripeUnavailable />;
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
      <PaymentElementForm booking={booking} deadlinePassed={deadlinePassed} carried={carried} canSave={canSave} />
    </Elements>
  );
}

function PaymentElementForm({ booking, deadlinePassed, carried, canSave }: Omit<Props, 'publishableKey'>) {
  const stripe = useStripe();
  const elements = useElements();
  const [formError, setFormError] = useState<string | null>(null);
  const [preparing, setPreparing] = useState(false);
  const [save, setSave] = useState(false);
  const pay = usePayBooking(booking.bookingId, (result) => {
    const next = stripeRedirect(result);
    if (next) window.location.assign(next);
  });
  const failure = pay.isError ? payFailure(pay.error) : undefined;
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
      pay.mutate(newCardAttempt({ paymentMethodId: outcome.paymentMethodId }, canSave && save));
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
          {canSave && <SaveCardCheckbox checked={save} onChange={setSave} disabled={deadlinePassed} />}
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
      {failure && <ProblemAlert error={failure.problem} title={failure.title} />}
    </Stack>
  );
}
