import { lazy, Suspense, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useIsMutating } from '@tanstack/react-query';
import { Alert, Button, Group, Loader, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatMoney } from '../../lib/format';
import { newId } from '../../lib/ids';
import { usePaymentSettings, type PaymentSettings } from '../payments';
import {
  awaitingAuthentication,
  groupCardNumber,
  normalizeCardNumber,
  challengePath,
  TEST_CARDS,
} from './booking-status';
import type { Booking, PaymentResult } from './booking.types';
import { AuthenticationPending } from './AuthenticationPending';
import { carriedPaymentNotice, carriedPaymentOf, type CarriedPayment } from './payment-outcome';
import { PaymentDeclined } from './PaymentDeclined';
import { PayPalPaymentForm, StandInBadge } from './paypal/PayPalPaymentForm';
import { initialPayMethod, payPalOffered, type PayPalSettings } from './paypal/paypal-approval';
import { payMutationKey, usePayBooking } from './useBookingMutations';

// Stripe's Payment Element and Stripe.js load only where Stripe takes the payments.
const StripePaymentForm = lazy(async () => ({
  default: (await import('./stripe/StripePaymentForm')).StripePaymentForm,
}));

const TEST_CARD_HINT = `Test mode, no money moves. ${TEST_CARDS.map(
  (card) => `${groupCardNumber(card.number)} ${card.outcome}`,
).join('; ')}.`;

type Props = { booking: Booking; deadlinePassed: boolean };
/** `carried`: the outcome PayPal's return page carried here (payment-outcome.ts), until the form has its own. */
type FormProps = Props & { carried?: Pick<PaymentResult, 'status' | 'reason'> };

/**
 * The pay step, through the configured provider: Stripe's Payment Element, or the test-mode card
 * form; where PayPal is enabled too, the buyer first picks Card or PayPal.
 */
export function PaymentForm(props: Props) {
  const settings = usePaymentSettings();
  const state: unknown = useLocation().state;
  if (settings.isError) return <ProblemAlert error={settings.error} title="Could not load the payment form" />;
  if (!settings.data) return <Loader size="sm" aria-label="Loading the payment form" />;
  const carried = carriedPaymentOf(state, props.booking);
  const card = <CardForm {...props} carried={carried} settings={settings.data} />;
  const paypal = payPalOffered(settings.data);
  if (!paypal) return card;
  return <PaymentMethodChoice {...props} paypal={paypal} carried={carried} card={card} />;
}

function CardForm({ settings, ...props }: FormProps & { settings: PaymentSettings }) {
  const stripe = settings.provider === 'stripe' ? settings.stripe : undefined;
  if (!stripe) return <TestModeCardForm {...props} />;
  return (
    <Suspense fallback={<Loader size="sm" aria-label="Loading the payment form" />}>
      <StripePaymentForm {...props} publishableKey={stripe.publishableKey} />
    </Suspense>
  );
}

type Method = 'card' | 'paypal';

/**
 * Card or PayPal: a labelled radio group (arrow keys move between the two). Locked while a payment
 * is being sent, so the answer lands on the form that asked for it. A payment waiting on PayPal
 * opens on PayPal.
 */
function PaymentMethodChoice({
  booking,
  deadlinePassed,
  paypal,
  carried,
  card,
}: Props & { paypal: PayPalSettings; carried: CarriedPayment | undefined; card: ReactNode }) {
  const [method, setMethod] = useState<Method>(() => initialPayMethod(booking, paypal, carried));
  const paying = useIsMutating({ mutationKey: payMutationKey(booking.bookingId) }) > 0;
  const notice = carried && carriedPaymentNotice(carried);
  return (
    <Stack gap="md">
      <Stack gap={4} align="flex-start">
        <Text id="pay-with-label" size="sm" fw={600}>
          Pay with
        </Text>
        <SegmentedControl
          aria-labelledby="pay-with-label"
          value={method}
          onChange={(value) => setMethod(value === 'paypal' ? 'paypal' : 'card')}
          disabled={paying}
          data={[
            { value: 'card', label: 'Card' },
            {
              value: 'paypal',
              label: paypal.standIn ? (
                <Group gap={6} wrap="nowrap" justify="center">
                  <span>PayPal</span>
                  <StandInBadge />
                </Group>
              ) : (
                'PayPal'
              ),
            },
          ]}
          data-testid="payment-method"
        />
      </Stack>
      {notice && (
        <Alert color="blue" variant="light" role="status" data-testid="paypal-notice">
          <Text size="sm">{notice}</Text>
        </Alert>
      )}
      {method === 'card' ? (
        card
      ) : (
        <PayPalPaymentForm booking={booking} deadlinePassed={deadlinePassed} paypal={paypal} carried={carried} />
      )}
    </Stack>
  );
}

/**
 * A card payment through the embedded test-mode provider. A decline shows the provider's reason
 * and leaves the form to try again (a new attempt) before the deadline; a 3-D Secure card goes to
 * the challenge page, which comes back here; a success confirms the booking (the page shows it).
 */
function TestModeCardForm({ booking, deadlinePassed, carried }: FormProps) {
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
      {!pay.isPending && (
        <PaymentDeclined booking={booking} answer={pay.data ?? carried} deadlinePassed={deadlinePassed} />
      )}
      {pay.isError && <ProblemAlert error={pay.error} title="Could not pay" />}
    </Stack>
  );
}
