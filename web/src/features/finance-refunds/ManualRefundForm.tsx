import { useState, type FormEvent } from 'react';
import { Button, Group, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { markRefundedManually, refundKeys } from './finance-refunds.api';
import { manualNote } from './refund-labels';

/** For a failed refund: say how the money went back, and mark it refunded manually. */
export function ManualRefundForm({ refundId }: { refundId: string }) {
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const mark = useMutation({
    mutationFn: (note: string) => markRefundedManually(refundId, note),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: refundKeys.all }),
  });
  const { note, ok } = manualNote(text);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (ok) mark.mutate(note);
  };
  return (
    <form onSubmit={submit} aria-label={`Mark refund ${refundId} as refunded manually`}>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <Textarea
          label="How was it refunded?"
          placeholder="Bank transfer, its reference"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={touched && !ok ? 'Say how the money went back (up to 1000 characters)' : undefined}
          autosize
          minRows={1}
          w={280}
        />
        <Button type="submit" size="sm" loading={mark.isPending}>
          Mark as refunded manually
        </Button>
      </Group>
      {mark.isError && <ProblemAlert error={mark.error} title="Could not mark the refund" />}
    </form>
  );
}
