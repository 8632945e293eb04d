import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Code, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isProblem } from '../../lib/api';
import { newId } from '../../lib/ids';
import { SignInPrompt, useSession, VerifyEmailNotice } from '../auth';
import { HoldCountdown } from './HoldCountdown';
import { usePlaceHold } from './useHoldMutations';

export const MIN_SEATS = 1;
export const MAX_SEATS = 20;

function validQuantity(value: number | string): string | null {
  const n = typeof value === 'number' ? value : Number(value);
  if (value === '' || !Number.isInteger(n) || n < MIN_SEATS || n > MAX_SEATS) {
    return `Choose a whole number from ${MIN_SEATS} to ${MAX_SEATS}.`;
  }
  return null;
}

/** Hold N seats of one event. Each submission carries a fresh Idempotency-Key. */
export function HoldForm({ eventId }: { eventId: string }) {
  const { isSignedIn } = useSession();
  const [quantity, setQuantity] = useState<number | string>(2);
  const [inputError, setInputError] = useState<string | null>(null);
  const hold = usePlaceHold(eventId);
  const serverFieldError = isProblem(hold.error) ? hold.error.fieldMessage('quantity') : undefined;
  // The server refuses holds until the address is verified: say so instead of offering the button.
  const mustVerify =
    isProblem(hold.error) && hold.error.status === 403 && hold.error.code === 'accounts.email-not-verified';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = validQuantity(quantity);
    setInputError(problem);
    if (problem) return;
    hold.mutate({ quantity: Number(quantity), idempotencyKey: newId() });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="hold-heading">
      <Title order={2} size="h4" id="hold-heading">
        Hold your seats
      </Title>
      {!isSignedIn && <SignInPrompt action="hold seats" />}
      <form onSubmit={submit} noValidate>
        <Group align="flex-start" gap="sm">
          <NumberInput
            label="Number of seats"
            description={`${MIN_SEATS} to ${MAX_SEATS} per hold`}
            value={quantity}
            onChange={(value) => {
              setQuantity(value);
              setInputError(null);
            }}
            min={MIN_SEATS}
            max={MAX_SEATS}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="blur"
            disabled={!isSignedIn}
            error={inputError ?? serverFieldError}
            w={180}
          />
          {!mustVerify && (
            <Button type="submit" mt={44} disabled={!isSignedIn} loading={hold.isPending}>
              Hold seats
            </Button>
          )}
        </Group>
      </form>
      {mustVerify && <VerifyEmailNotice />}
      {hold.isError && !serverFieldError && !mustVerify && (
        <ProblemAlert error={hold.error} title="Could not hold seats" />
      )}
      {hold.isSuccess && (
        <Alert color="green" variant="light" title="Seats held" role="status">
          <Stack gap={4}>
            <Text size="sm">
              You hold {hold.data.quantity} {hold.data.quantity === 1 ? 'seat' : 'seats'}. Hold id{' '}
              <Code>{hold.data.holdId}</Code>
            </Text>
            <HoldCountdown expiresAt={hold.data.expiresAt} />
            <Anchor component={Link} to="/holds" size="sm" c="inherit" fw={600} underline="always">
              Go to my holds
            </Anchor>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
