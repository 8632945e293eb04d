import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatMoney, formatTime } from '../../lib/format';
import { newId } from '../../lib/ids';
import {
  awaitingAuthentication,
  declineMessage,
  groupCardNumber,
  normalizeCardNumber,
  challengePath,
  TEST_CARDS,
} from './booking-status';
import type { Booking } from './booking.types';
import { usePayBooking } from './useBookingMutations';

const TEST_CARD_HINT = `Test mode, no money moves. ${TEST_CARDS.map(
  (card) => `${groupCardNumber(card.number)} ${card.outcome}`,
).join('; ')}.`;

/**
 * A card payment through the embedded test-mode provider. A decline shows the provider's reason
 * and leaves the form to try again (a new attempt) before the deadline; a 3-D Secure card goes to
 * the challenge page, which comes back here; a success confirms the booking (the page shows it).
 */
export function PaymentForm({ booking, deadlinePassed }: { booking: Booking; deadlinePassed: boolean }) {
  const navigate = useNavigate();
  const pay = usePayBooking(booking.bookingId, (result) => {
    const next = result.status === 'requires_action' ? challengePath(result.nextAction?.url) : undefined;
    if (next) void navigate(next);
  });
  const challenge = challengePath(awaitingAuthentication(booking));
  const [card, setCard] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  // This tab's last answer, else (after a reload) the booking's last payment if it was declined.
  const lastPayment = booking.payments.at(-1);
  const declined = pay.data
    ? pay.data.status === 'declined'
      ? { reason: pay.data.reason }
      : null
    : lastPayment?.status === 'declined'
      ? { reason: lastPayment.declineReason }
      : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const cardNumber = normalizeCardNumber(card);
    if (!cardNumber) return setInputError('Enter a card number of 12 to 19 digits.');
    setInputError(null);
    pay.mutate({ cardNumber, idempotencyKey: newId() });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="pay-heading">
      <Title order={2} size="h3" id="pay-heading">
        Pay by card
      </Title>
      {challenge && !pay.isPending && (
        <Alert
          color="blue"
          variant="light"
          title="Your bank asks you to confirm this payment"
          data-testid="payment-3ds"
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              The payment waits for 3-D Secure. Continue it, or pay with another card below (the waiting payment is then
              cancelled).
            </Text>
            <Button component={Link} to={challenge} size="xs">
              Continue to 3-D Secure
            </Button>
          </Stack>
        </Alert>
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
      {declined && !pay.isPending && (
        <Alert color="red" variant="light" title="Payment declined" role="alert" data-testid="payment-declined">
          <Text size="sm">{declineMessage(declined.reason)}</Text>
          {!deadlinePassed && (
            <Text size="sm">
              You can try again until{' '}
              <time dateTime={booking.paymentDeadline}>{formatTime(booking.paymentDeadline)}</time>.
            </Text>
          )}
        </Alert>
      )}
      {pay.isError && <ProblemAlert error={pay.error} title="Could not pay" />}
    </Stack>
  );
}
