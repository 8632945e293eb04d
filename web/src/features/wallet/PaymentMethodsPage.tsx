import { useRef, useState } from 'react';
import { Container, Skeleton, Stack, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { newId } from '../../lib/ids';
import { RequireSignIn, useSession } from '../auth';
import { AddCardForm } from './AddCardForm';
import { RemoveCardDialog } from './RemoveCardDialog';
import { cardLabel } from './saved-cards';
import { SavedCardItem } from './SavedCardItem';
import { useSavedCards } from './useSavedCards';
import { useMakeDefaultCard } from './useWalletMutations';
import type { SavedCard } from './wallet.types';

function SavedCards({ userId, onNotice }: { userId: string; onNotice: (text: string) => void }) {
  const cards = useSavedCards(userId);
  const makeDefault = useMakeDefaultCard(userId);
  const [removing, setRemoving] = useState<SavedCard | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  if (cards.isPending) return <Skeleton height={120} aria-hidden="true" />;
  if (cards.isError) {
    return (
      <ProblemAlert error={cards.error} title="Could not load your saved cards" onRetry={() => void cards.refetch()} />
    );
  }
  const items = cards.data.items;
  return (
    <Stack gap="sm" component="section" aria-labelledby="saved-cards-heading">
      <Title order={2} size="h3" id="saved-cards-heading" ref={heading} tabIndex={-1}>
        Saved cards
      </Title>
      {makeDefault.isError && <ProblemAlert error={makeDefault.error} title="Could not make the card the default" />}
      {items.length === 0 ? (
        <Text c="dimmed" data-testid="no-saved-cards">
          Save a card to pay in one step at checkout. We never see or store your card number: the payment provider keeps
          it.
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} aria-labelledby="saved-cards-heading">
          {items.map((card) => (
            <SavedCardItem
              key={card.id}
              card={card}
              makingDefault={makeDefault.isPending && makeDefault.variables.id === card.id}
              onMakeDefault={() =>
                makeDefault.mutate(
                  { id: card.id, idempotencyKey: newId() },
                  { onSuccess: () => onNotice(`${cardLabel(card)} is now your default card.`) },
                )
              }
              onRemove={() => setRemoving(card)}
            />
          ))}
        </Stack>
      )}
      <RemoveCardDialog
        userId={userId}
        card={removing}
        othersLeft={items.length > 1}
        onClose={() => setRemoving(null)}
        onRemoved={(card) => {
          onNotice(`Removed ${cardLabel(card)}.`);
          // Its buttons are gone: carry on from the list.
          heading.current?.focus();
        }}
      />
    </Stack>
  );
}

/** `/account/payment-methods`: the signed-in person's saved cards, to pay in one step at checkout. */
export function PaymentMethodsPage() {
  const { user } = useSession();
  // What the last action did, read out to screen readers (the list shows it too).
  const [notice, setNotice] = useState('');
  return (
    <Container size="md" px={0}>
      <title>Payment methods · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Payment methods</Title>
        <RequireSignIn action="manage your payment methods">
          {user && (
            <>
              <div role="status" data-testid="wallet-notice">
                {notice && <Text size="sm">{notice}</Text>}
              </div>
              <SavedCards userId={user.id} onNotice={setNotice} />
              <Stack gap="sm" component="section" aria-labelledby="add-card-heading">
                <Title order={2} size="h3" id="add-card-heading">
                  Add a card
                </Title>
                <AddCardForm userId={user.id} onSaved={(card) => setNotice(`Saved ${cardLabel(card)}.`)} />
              </Stack>
            </>
          )}
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
