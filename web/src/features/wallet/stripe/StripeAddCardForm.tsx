import { useState, type FormEvent } from 'react';
import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import { Button, Stack, Text } from '@mantine/core';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { newId } from '../../../lib/ids';
import { paymentMethodFromElement, StripeUnavailable, useStripeJs } from '../../booking/stripe';
import { useSaveCard } from '../useWalletMutations';
import type { SavedCard } from '../wallet.types';

type Props = { publishableKey: string; userId: string; onSaved: (card: SavedCard) => void };

/**
 * Adding a card on Stripe: the Payment Element in setup mode (nothing is charged; the card never
 * reaches us) makes a PaymentMethod, which our server attaches to the person's Stripe customer.
 */
export function StripeAddCardForm({ publishableKey, userId, onSaved }: Props) {
  const { stripe, loadFailed } = useStripeJs(publishableKey);
  if (loadFailed) return <StripeUnavailable />;
  return (
    <Elements
      stripe={stripe}
      options={{ mode: 'setup', paymentMethodCreation: 'manual', allowedPaymentMethodTypes: ['card'] }}
    >
      <SetupElementForm userId={userId} onSaved={onSaved} />
    </Elements>
  );
}

function SetupElementForm({ userId, onSaved }: Omit<Props, 'publishableKey'>) {
  const stripe = useStripe();
  const elements = useElements();
  const save = useSaveCard(userId);
  const [formError, setFormError] = useState<string | null>(null);
  const [preparing, setPreparing] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!stripe || !elements) return;
    setPreparing(true);
    try {
      const outcome = await paymentMethodFromElement(stripe, elements);
      if (outcome.kind === 'form-error') return setFormError(outcome.message);
      setFormError(null);
      save.mutate(
        { input: { paymentMethodId: outcome.paymentMethodId }, idempotencyKey: newId() },
        {
          onSuccess: ({ card }) => {
            elements.getElement('payment')?.clear();
            onSaved(card);
          },
        },
      );
    } finally {
      setPreparing(false);
    }
  };

  return (
    <Stack gap="sm">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm" maw={480}>
          <PaymentElement onChange={() => setFormError(null)} />
          {formError && (
            <Text size="sm" c="red" role="alert">
              {formError}
            </Text>
          )}
          <div>
            <Button type="submit" loading={preparing || save.isPending} disabled={!stripe || !elements}>
              Save card
            </Button>
          </div>
        </Stack>
      </form>
      {save.isError && <ProblemAlert error={save.error} title="Could not save the card" />}
    </Stack>
  );
}
