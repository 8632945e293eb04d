import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { newId } from '../../lib/ids';
import type { CancellationQuote } from './booking.types';
import { type CancelTarget, refundSentence } from './cancellation';
import { useCancelBooking } from './useBookingMutations';

type Props = {
  bookingId: string;
  target: CancelTarget | null;
  quote: CancellationQuote | undefined;
  onClose: () => void;
};

/** Asks before cancelling, with the server's refund quote; one Idempotency-Key per opening. */
export function CancelDialog({ bookingId, target, quote, onClose }: Props) {
  const cancel = useCancelBooking(bookingId);
  const [reason, setReason] = useState('');
  const [key, setKey] = useState(newId);
  // While the dialog fades out the target is already gone: keep saying what it was about.
  const [shown, setShown] = useState(target);
  if (target && target !== shown) setShown(target);
  const close = () => {
    cancel.reset();
    setReason('');
    setKey(newId());
    onClose();
  };
  const title = shown?.kind === 'ticket' ? `Cancel the ticket ${shown.label}?` : 'Cancel this booking?';
  const confirm = () => {
    if (!target) return;
    const text = reason.trim();
    cancel.mutate(
      {
        cancellation: {
          ...(text ? { reason: text } : {}),
          ...(target.kind === 'ticket' ? { ticketIds: [target.ticketId] } : {}),
        },
        idempotencyKey: key,
      },
      { onSuccess: close },
    );
  };
  return (
    <Modal.Root opened={target !== null} onClose={close} centered>
      <Modal.Overlay />
      <Modal.Content>
        <Group justify="space-between" wrap="nowrap" p="md" pb={0}>
          <Modal.Title fw={700}>{title}</Modal.Title>
          <Modal.CloseButton aria-label="Close" />
        </Group>
        <Modal.Body pt="md">
          <Stack gap="md">
            <Text size="sm" data-testid="refund-quote">
              {quote && shown ? refundSentence(quote, shown) : 'Working out your refund…'}
            </Text>
            <Text size="sm">
              {shown?.kind === 'ticket'
                ? 'This ticket will no longer admit anyone, and its place goes back on sale. This cannot be undone.'
                : 'Your tickets will no longer admit anyone, and the places go back on sale. This cannot be undone.'}
            </Text>
            <TextInput
              label="Reason (optional)"
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            {cancel.error !== null && <ProblemAlert error={cancel.error} title="Could not cancel" />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} data-autofocus>
                Keep it
              </Button>
              <Button color="red" autoContrast={false} loading={cancel.isPending} onClick={confirm} disabled={!quote}>
                {shown?.kind === 'ticket' ? 'Cancel ticket' : 'Cancel booking'}
              </Button>
            </Group>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
