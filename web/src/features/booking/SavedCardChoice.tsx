import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useIsMutating } from '@tanstack/react-query';
import { Button, Radio, Stack, Title } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatMoney } from '../../lib/format';
import { newId } from '../../lib/ids';
import { NEW_CARD, cardExpiry, cardLabel, type SavedCard } from '../wallet';
import type { Booking, PaymentResult } from './booking.types';
import { AuthenticationPending } from './AuthenticationPending';
import { challengeStep, payFailure, pendingChallenge, type Provider } from './card-payment';
import { PaymentDeclined } from './PaymentDeclined';
import { payMutationKey, usePayBooking } from './useBookingMutations';

type Props = {
  booking: Booking;
  deadlinePassed: boolean;
  provider: Provider;
  /** The saved cards offered (checkoutCards: none expired, the default first). */
  cards: SavedCard[];
  /** A card's id, or NEW_CARD (the page then shows the new-card form below). */
  choice: string;
  onChoose: (choice: string) => void;
  carried?: Pick<PaymentResult, 'status' | 'reason'>;
};

/**
 * The signed-in buyer's saved cards, one radio each (arrow keys move), and "Use a new card": a
 * saved card pays in one step, with the same answers as a card (a decline's reason, 3-D Secure
 * through the provider's page). Locked while a payment is being sent.
 */
export function SavedCardChoice({ booking, deadlinePassed, provider, cards, choice, onChoose, carried }: Props) {
  const navigate = useNavigate();
  const pay = usePayBooking(booking.bookingId, (result) => {
    const step = challengeStep(provider, result);
    if (step?.kind === 'route') void navigate(step.to);
    else if (step?.kind === 'leave') window.location.assign(step.url);
  });
  const paying = useIsMutating({ mutationKey: payMutationKey(booking.bookingId) }) > 0;
  const card = cards.find((c) => c.id === choice);
  const waiting = pendingChallenge(provider, booking);
  const failure = pay.isError ? payFailure(pay.error) : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (card) pay.mutate({ method: { savedPaymentMethodId: card.id }, idempotencyKey: newId() });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="saved-cards-heading">
      <Title order={2} size="h3" id="saved-cards-heading">
        Your saved cards
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Radio.Group label="Card to pay with" value={choice} onChange={onChoose}>
            <Stack gap="xs" mt={6}>
              {cards.map((c) => (
                <Radio
                  key={c.id}
                  value={c.id}
                  label={cardLabel(c)}
                  description={c.isDefault ? `${cardExpiry(c)} · Default` : cardExpiry(c)}
                  disabled={paying}
                />
              ))}
              <Radio value={NEW_CARD} label="Use a new card" disabled={paying} />
            </Stack>
          </Radio.Group>
          {card && waiting && !pay.isPending && (
            <AuthenticationPending
              message="The payment waits for 3-D Secure. Continue it, or pay again below (the waiting payment is then cancelled)."
              action={
                waiting.kind === 'route' ? (
                  <Button component={Link} to={waiting.to} size="xs">
                    Continue to 3-D Secure
                  </Button>
                ) : (
                  <Button component="a" href={waiting.url} size="xs">
                    Continue to 3-D Secure
                  </Button>
                )
              }
            />
          )}
          {card && (
            <div>
              {/* Wraps rather than clips at 320 px ("Pay €1,250.00 with American Express •••• 0005"). */}
              <Button
                type="submit"
                loading={pay.isPending}
                disabled={deadlinePassed}
                h="auto"
                mih={36}
                py={6}
                styles={{ label: { whiteSpace: 'normal' } }}
              >
                Pay {formatMoney(booking.total.amount, booking.total.currency)} with {cardLabel(card)}
              </Button>
            </div>
          )}
        </Stack>
      </form>
      {card && !pay.isPending && (
        <PaymentDeclined booking={booking} answer={pay.data ?? carried} deadlinePassed={deadlinePassed} />
      )}
      {card && failure && <ProblemAlert error={failure.problem} title={failure.title} />}
    </Stack>
  );
}
