import { useState, type FormEvent } from 'react';
import { MAX_SEATS_PER_HOLD } from '@booking/inventory-rules';
import { Anchor, Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isProblem } from '../../lib/api';
import { SignInPrompt, useSession } from '../auth';
import { useJoinWaitlist } from './useWaitlist';

/**
 * Sold out (or every free place kept for people already waiting): join the waitlist for a number
 * of places. Freed places are offered in join order as a hold of one's own, with a mail.
 */
export function JoinWaitlist({ eventId, sectionId }: { eventId: string; sectionId?: string }) {
  const { isSignedIn } = useSession();
  const [quantity, setQuantity] = useState<number | string>(2);
  const [inputError, setInputError] = useState<string | null>(null);
  const join = useJoinWaitlist(eventId);
  const already = isProblem(join.error) && join.error.code === 'inventory.already-waiting' ? join.error : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(quantity);
    if (quantity === '' || !Number.isInteger(n) || n < 1 || n > MAX_SEATS_PER_HOLD) {
      return setInputError(`Choose a whole number from 1 to ${MAX_SEATS_PER_HOLD}.`);
    }
    setInputError(null);
    join.mutate({ quantity: n, ...(sectionId ? { sectionId } : {}) });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="waitlist-heading" data-testid="join-waitlist">
      <Title order={3} size="h5" id="waitlist-heading">
        Join the waitlist
      </Title>
      <Text size="sm">
        When places free up they go to the people waiting, in the order they joined: you get them held for you and a
        mail, and book them from My holds.
      </Text>
      {!isSignedIn && <SignInPrompt action="join the waitlist" />}
      {join.isSuccess ? (
        <Text role="status" fw={600} data-testid="waitlist-joined">
          You are on the waitlist for {join.data.quantity} {join.data.quantity === 1 ? 'place' : 'places'}: number{' '}
          {join.data.place} in the queue.{' '}
          <Anchor component={Link} to="/me/waitlist">
            See my waitlist
          </Anchor>
        </Text>
      ) : (
        <form onSubmit={submit} noValidate>
          <Group align="flex-start" gap="sm">
            <NumberInput
              label="Places wanted"
              value={quantity}
              onChange={(value) => {
                setQuantity(value);
                setInputError(null);
              }}
              min={1}
              max={MAX_SEATS_PER_HOLD}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="blur"
              disabled={!isSignedIn}
              error={inputError ?? (isProblem(join.error) ? join.error.fieldMessage('quantity') : undefined)}
              w={160}
            />
            <Button type="submit" mt={25} variant="light" disabled={!isSignedIn} loading={join.isPending}>
              Join the waitlist
            </Button>
          </Group>
        </form>
      )}
      {already ? (
        <Text role="status" size="sm">
          {already.detail}.{' '}
          <Anchor component={Link} to="/me/waitlist">
            See my waitlist
          </Anchor>
        </Text>
      ) : (
        join.isError &&
        !(isProblem(join.error) && join.error.fieldMessage('quantity')) && (
          <ProblemAlert error={join.error} title="Could not join the waitlist" />
        )
      )}
    </Stack>
  );
}
