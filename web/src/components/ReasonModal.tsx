import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { ProblemAlert } from './ProblemAlert';

type Props = {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** Says what happens, above the reason. */
  explanation?: string;
  confirmLabel: string;
  minLength?: number;
  maxLength?: number;
  pending: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
};

/** Asks for a reason (kept with the event) before a command such as reject or cancel. */
export function ReasonModal(props: Props) {
  const { opened, onClose, title, explanation, confirmLabel, minLength = 3, maxLength = 500 } = props;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = reason.trim();
    if (text.length < minLength || text.length > maxLength)
      return setError(`Give a reason of ${minLength} to ${maxLength} characters.`);
    props.onConfirm(text);
  };
  return (
    // Compound form: Modal.Header renders a <header>, which would be a second banner landmark.
    <Modal.Root opened={opened} onClose={onClose} centered>
      <Modal.Overlay />
      <Modal.Content>
        <Group justify="space-between" wrap="nowrap" p="md" pb={0}>
          <Modal.Title fw={700}>{title}</Modal.Title>
          <Modal.CloseButton aria-label="Close" />
        </Group>
        <Modal.Body pt="md">
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              {explanation && <Text size="sm">{explanation}</Text>}
              <Textarea
                label="Reason"
                description={`${minLength} to ${maxLength} characters.`}
                required
                autosize
                minRows={3}
                maxLength={maxLength}
                value={reason}
                error={error}
                data-autofocus
                onChange={(e) => {
                  setReason(e.currentTarget.value);
                  setError(null);
                }}
              />
              {Boolean(props.error) && <ProblemAlert error={props.error} title="That did not work" />}
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  Back
                </Button>
                <Button type="submit" color="red" autoContrast={false} loading={props.pending}>
                  {confirmLabel}
                </Button>
              </Group>
            </Stack>
          </form>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
