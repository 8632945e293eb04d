import { lazy, Suspense, useState, type FormEvent } from 'react';
import { Button, Loader, Stack } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { newId } from '../../lib/ids';
import { normalizeCardNumber, TestCardNumberInput } from '../booking';
import { usePaymentSettings } from '../payments';
import { useSaveCard } from './useWalletMutations';
import type { SavedCard } from './wallet.types';

// Stripe's Payment Element and Stripe.js load only where Stripe keeps the cards.
const StripeAddCardForm = lazy(async () => ({
  default: (await import('./stripe/StripeAddCardForm')).StripeAddCardForm,
}));

type Props = { userId: string; onSaved: (card: SavedCard) => void };

/** Adding a card, through the configured provider: Stripe's Payment Element, or a test-mode card number. */
export function AddCardForm({ userId, onSaved }: Props) {
  const settings = usePaymentSettings();
  if (settings.isError) return <ProblemAlert error={settings.error} title="Could not load the card form" />;
  if (!settings.data) return <Loader size="sm" aria-label="Loading the card form" />;
  const stripe = settings.data.provider === 'stripe' ? settings.data.stripe : undefined;
  if (!stripe) return <TestModeAddCardForm userId={userId} onSaved={onSaved} />;
  return (
    <Suspense fallback={<Loader size="sm" aria-label="Loading the card form" />}>
      <StripeAddCardForm publishableKey={stripe.publishableKey} userId={userId} onSaved={onSaved} />
    </Suspense>
  );
}

/** The test-mode provider takes the number itself (no money moves); its test cards are hinted as at checkout. */
function TestModeAddCardForm({ userId, onSaved }: Props) {
  const save = useSaveCard(userId);
  const [card, setCard] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const cardNumber = normalizeCardNumber(card);
    if (!cardNumber) return setInputError('Enter a card number of 12 to 19 digits.');
    setInputError(null);
    save.mutate(
      { input: { cardNumber }, idempotencyKey: newId() },
      {
        onSuccess: ({ card: saved }) => {
          setCard('');
          onSaved(saved);
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TestCardNumberInput
            value={card}
            onChange={(value) => {
              setCard(value);
              setInputError(null);
            }}
            error={inputError}
          />
          <div>
            <Button type="submit" loading={save.isPending}>
              Save card
            </Button>
          </div>
        </Stack>
      </form>
      {save.isError && <ProblemAlert error={save.error} title="Could not save the card" />}
    </Stack>
  );
}
