import { lazy, Suspense, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Loader, Stack, TextInput, Title } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatMoney } from '../../lib/format';
import { newId } from '../../lib/ids';
import { usePaymentSettings } from '../payments';
import {
  awaitingAuthentication,
  groupCardNumber,
  normalizeCardNumber,
  challengePath,
  TEST_CARDS,
} from './booking-status';
import type { Booking } from './booking.types';
import { AuthenticationPending } from './AuthenticationPending';
import { PaymentDeclined } from './PaymentDeclined';
import { usePayBooking } from './useBookingMutations';

// Stripe's Payment Element and Stripe.js load only where Stripe takes the payments.
const StripePaymentForm = lazy(async () => ({
  default: (await import('./stripe/StripePaymentForm')).StripePaymentForm,
}));

const TEST_CARD_HINT = `Test mode, no money moves. ${TEST_CARDS.map(
  (card) => `${groupCardNumber(card.number)} ${card.outcome}`,
).join('; ')}.`;

type Props = { booking: Booking; deadlinePassed: boolean };

/** The pay step, through the configured provider: Stripe's Payment Element, or the test-mode card form. */
export function PaymentForm(props: Props) {
  const settings = usePaymentSettings();
  if (settings.isError) return <ProblemAlert error={settings.error} title="Could not load the payment form" />;
  if (!settings.data) return <Loader size="sm" aria-label="Loading the payment form" />;
  const stripe = settings.data.provider === 'stripe' ? settings.data.stripe : undefined;
  if (!stripe) return <TestModeCardForm {...props} />;
  return (
    <Suspense fallback={<Loader size="sm" aria-label="Loading the payment form" />}>
      <StripePaymentForm {...props} publishableKey={stripe.publishableKey} />
    </Suspense>
  );
}

/**
 * A card payment through the embedded test-mode provider. A decline shows the provider's reason
 * and leaves the form to try again (a new attempt) before the deadline; a 3-D Secure card goes to
 * the challenge page, which comes back here; a success confirms the booking (the page shows it).
 */
function TestModeCardForm({ booking, deadlinePassed }: Props) {
  const navigate = useNavigate();
  const pay = usePayBooking(booking.bookingId, (result) => {
    const next = result.status === 'requires_action' ? challengePath(result.nextAction?.url) : undefined;
    if (next) void navigate(next);
  });
  const challenge = challengePath(awaitingAuthentication(booking));
  const [card, setCard] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const cardNumber = normalizeCardNumber(card);
    if (!cardNumber) return setInputError('Enter a card number of 12 to 19 digits.');
    setInputError(null);
    pay.mutate({ method: { cardNumber }, idempotencyKey: newId() });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="pay-heading">
      <Title order={2} size="h3" id="pay-heading">
        Pay by card
      </Title>
      {challenge && !pay.isPending && (
        <AuthenticationPending
          message="The payment waits for 3-D Secure. Continue it, or pay with another card below (the waiting payment is then cancelled)."
          action={
            <Button component={Link} to={challenge} size="xs">
              Continue to 3-D Secure
            </Button>
          }
        />
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Card number"
            description={TEST_CARD_HINT}
            value={card}
            onChange={(e) => {
              setCard(e.currentTarget.value);
              setInputError(null);
            }}
            inputMode="numeric"
            autoComplete="cc-number"
            maxLength={23}
            error={inputError}
            disabled={deadlinePassed}
            maw={360}
          />
          <div>
            <Button type="submit" loading={pay.isPending} disabled={deadlinePassed}>
              Pay {formatMoney(booking.total.amount, booking.total.currency)}
            </Button>
          </div>
        </Stack>
      </form>
      {!pay.isPending && <PaymentDeclined booking={booking} answer={pay.data} deadlinePassed={deadlinePassed} />}
      {pay.isError && <ProblemAlert error={pay.error} title="Could not pay" />}
    </Stack>
  );
}
