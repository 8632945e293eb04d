import { lazy, Suspense, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useIsMutating } from '@tanstack/react-query';
import { Alert, Button, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatMoney } from '../../lib/format';
import { useSession } from '../auth';
import { usePaymentSettings, type PaymentSettings } from '../payments';
import { NEW_CARD, checkoutCards, checkoutChoice, useSavedCards } from '../wallet';
import { awaitingAuthentication, normalizeCardNumber, challengePath } from './booking-status';
import type { Booking, PaymentResult } from './booking.types';
import { AuthenticationPending } from './AuthenticationPending';
import { newCardAttempt, payFailure } from './card-payment';
import { carriedPaymentNotice, carriedPaymentOf, type CarriedPayment } from './payment-outcome';
import { PaymentDeclined } from './PaymentDeclined';
import { SaveCardCheckbox } from './SaveCardCheckbox';
import { SavedCardChoice } from './SavedCardChoice';
import { TestCardNumberInput } from './TestCardNumberInput';
import { PayPalPaymentForm } from './paypal/PayPalPaymentForm';
import { initialPayMethod, payPalOffered, type PayPalSettings } from './paypal/paypal-approval';
import { payMutationKey, usePayBooking } from './useBookingMutations';

// Stripe's Payment Element and Stripe.js load only where Stripe takes the payments.
const StripePaymentForm = lazy(async () => ({
  default: (await import('./stripe/StripePaymentForm')).StripePaymentForm,
}));

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

/**
 * Paying by card: a signed-in buyer with saved cards (not expired) first picks one of them (the
 * default preselected) or "Use a new card"; the new-card form is the provider's, with "Save this
 * card for later" for a signed-in buyer. Without saved cards, just the new-card form.
 */
function CardForm({ settings, ...props }: FormProps & { settings: PaymentSettings }) {
  const { user } = useSession();
  const saved = useSavedCards(user?.id);
  const offered = checkoutCards(saved.data?.items ?? []);
  // Settled once the list is in (or failed: the new-card form then, as without saved cards), so
  // that a card saved by this form, declined, does not swap the form and its answer away.
  const [picked, setPicked] = useState<string>();
  const loading = user !== null && saved.isPending;
  if (picked === undefined && !loading) setPicked(checkoutChoice(undefined, offered));
  if (loading) return <Loader size="sm" aria-label="Loading your saved cards" />;
  const choice = checkoutChoice(picked, offered);
  const stripe = settings.provider === 'stripe' ? settings.stripe : undefined;
  const canSave = user !== null;
  return (
    <Stack gap="md">
      {offered.length > 0 && (
        <SavedCardChoice {...props} provider={settings.provider} cards={offered} choice={choice} onChoose={setPicked} />
      )}
      {choice === NEW_CARD &&
        (stripe ? (
          <Suspense fallback={<Loader size="sm" aria-label="Loading the payment form" />}>
            <StripePaymentForm {...props} publishableKey={stripe.publishableKey} canSave={canSave} />
          </Suspense>
        ) : (
          <TestModeCardForm {...props} canSave={canSave} />
        ))}
    </Stack>
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
            // The stand-in's badge is on the PayPal panel: inside the control it was cut to "S.".
            { value: 'paypal', label: 'PayPal' },
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
function TestModeCardForm({ booking, deadlinePassed, carried, canSave }: FormProps & { canSave: boolean }) {
  const navigate = useNavigate();
  const pay = usePayBooking(booking.bookingId, (result) => {
    const next = result.status === 'requires_action' ? challengePath(result.nextAction?.url) : undefined;
    if (next) void navigate(next);
  });
  const challenge = challengePath(awaitingAuthentication(booking));
  const [card, setCard] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const [save, setSave] = useState(false);
  const failure = pay.isError ? payFailure(pay.error) : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const cardNumber = normalizeCardNumber(card);
    if (!cardNumber) return setInputError('Enter a card number of 12 to 19 digits.');
    setInputError(null);
    pay.mutate(newCardAttempt({ cardNumber }, canSave && save));
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
          <TestCardNumberInput
            value={card}
            onChange={(value) => {
              setCard(value);
              setInputError(null);
            }}
            error={inputError}
            disabled={deadlinePassed}
          />
          {canSave && <SaveCardCheckbox checked={save} onChange={setSave} disabled={deadlinePassed} />}
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
      {failure && <ProblemAlert error={failure.problem} title={failure.title} />}
    </Stack>
  );
}
