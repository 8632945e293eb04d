import { type FormEvent, useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isProblem } from '../../lib/api';
import { newId } from '../../lib/ids';
import { useChangeTicket } from './useBookingMutations';

/** The ticket a dialog is about: give it away (`transfer`) or get it a new code (`reissue`). */
export type TicketChangeTarget = { kind: 'transfer' | 'reissue'; ticketId: string; label: string };

type Props = { bookingId: string; target: TicketChangeTarget | null; onClose: () => void };

/** The message for one input: the request's field errors, or the domain's refusal naming that field. */
function fieldError(error: unknown, field: 'name' | 'email'): string | undefined {
  if (!isProblem(error)) return undefined;
  return error.fieldMessage(field) ?? (error.extensions.field === field ? error.detail : undefined);
}

/**
 * Transfer: the new holder's name and e-mail address (the server checks both, and refuses the
 * address the ticket already has). Reissue: asks before replacing a lost ticket's code. Either way
 * the old code stops admitting. One Idempotency-Key per opening.
 */
export function TicketChangeDialog({ bookingId, target, onClose }: Props) {
  const change = useChangeTicket(bookingId);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [key, setKey] = useState(newId);
  const [shown, setShown] = useState(target);
  if (target && target !== shown) setShown(target);
  const close = () => {
    change.reset();
    setName('');
    setEmail('');
    setKey(newId());
    onClose();
  };
  const transfer = shown?.kind === 'transfer';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!target) return;
    change.mutate(
      {
        ticketId: target.ticketId,
        ...(target.kind === 'transfer' ? { to: { name: name.trim(), email: email.trim() } } : {}),
        idempotencyKey: key,
      },
      {
        onSuccess: close,
        // A refusal decided nothing: the corrected request is a new one, with a key of its own.
        onError: (error) => {
          if (!isProblem(error) || !error.isTransient) setKey(newId());
        },
      },
    );
  };
  const nameError = fieldError(change.error, 'name');
  const emailError = fieldError(change.error, 'email');
  return (
    <Modal.Root opened={target !== null} onClose={close} centered>
      <Modal.Overlay />
      <Modal.Content>
        <Group justify="space-between" wrap="nowrap" p="md" pb={0}>
          <Modal.Title fw={700}>
            {transfer ? `Transfer the ticket ${shown?.label ?? ''}` : `Reissue the ticket ${shown?.label ?? ''}?`}
          </Modal.Title>
          <Modal.CloseButton aria-label="Close" />
        </Group>
        <Modal.Body pt="md">
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Text size="sm">
                {transfer
                  ? 'The ticket gets a new code and is mailed to the new holder; its current code stops admitting. The new holder needs no account.'
                  : 'For a lost ticket: it gets a new code, mailed to its holder, and the current code stops admitting.'}
              </Text>
              {transfer && (
                <>
                  <TextInput
                    label="Name of the new holder"
                    required
                    maxLength={200}
                    autoComplete="off"
                    value={name}
                    error={nameError}
                    onChange={(e) => setName(e.currentTarget.value)}
                    data-autofocus
                  />
                  <TextInput
                    label="E-mail address of the new holder"
                    type="email"
                    required
                    maxLength={254}
                    autoComplete="off"
                    value={email}
                    error={emailError}
                    onChange={(e) => setEmail(e.currentTarget.value)}
                  />
                </>
              )}
              {change.error !== null && !nameError && !emailError && (
                <ProblemAlert
                  error={change.error}
                  title={transfer ? 'Could not transfer the ticket' : 'Could not reissue the ticket'}
                  showFieldErrors={false}
                />
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={close} {...(transfer ? {} : { 'data-autofocus': true })}>
                  Keep it
                </Button>
                <Button type="submit" loading={change.isPending}>
                  {transfer ? 'Transfer ticket' : 'Reissue ticket'}
                </Button>
              </Group>
            </Stack>
          </form>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
