import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { newId } from '../../lib/ids';
import { cardLabel } from './saved-cards';
import { useRemoveCard } from './useWalletMutations';
import type { SavedCard } from './wallet.types';

type Props = {
  userId: string;
  /** The card to remove; null: closed. */
  card: SavedCard | null;
  /** Whether another card would become the default (the server picks the most recently saved). */
  othersLeft: boolean;
  onClose: () => void;
  onRemoved: (card: SavedCard) => void;
};

/** Asks before forgetting a card; one Idempotency-Key per opening, so a retry removes once. */
export function RemoveCardDialog({ userId, card, othersLeft, onClose, onRemoved }: Props) {
  const remove = useRemoveCard(userId);
  const [key, setKey] = useState(newId);
  // While the dialog fades out the card is already gone: keep naming it.
  const [shown, setShown] = useState(card);
  if (card && card !== shown) setShown(card);
  const close = () => {
    remove.reset();
    setKey(newId());
    onClose();
  };
  const confirm = () => {
    if (!card) return;
    remove.mutate(
      { id: card.id, idempotencyKey: key },
      {
        onSuccess: () => {
          close();
          onRemoved(card);
        },
      },
    );
  };
  const label = shown ? cardLabel(shown) : 'this card';
  return (
    <Modal.Root opened={card !== null} onClose={close} centered>
      <Modal.Overlay />
      <Modal.Content>
        <Group justify="space-between" wrap="nowrap" p="md" pb={0}>
          <Modal.Title fw={700}>Remove {label}?</Modal.Title>
          <Modal.CloseButton aria-label="Close" />
        </Group>
        <Modal.Body pt="md">
          <Stack gap="md">
            <Text size="sm">
              You will no longer be able to pay with it in one step. You can add it again at any time.
              {shown?.isDefault && othersLeft && ' Your most recently saved other card becomes the default.'}
            </Text>
            {remove.error !== null && <ProblemAlert error={remove.error} title="Could not remove the card" />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} data-autofocus>
                Keep it
              </Button>
              <Button color="red" autoContrast={false} loading={remove.isPending} onClick={confirm}>
                Remove card
              </Button>
            </Group>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
