import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Alert, Button, Card, Container, Group, Stack, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatMoney } from '../../lib/format';
import { newId } from '../../lib/ids';
import { SignInPrompt, useSession } from '../auth';
import { safeReturnPath, useBooking } from '../booking';
import { bookingIdOf } from './payments.api';
import type { ChallengeOutcome } from './payments.types';
import { useCompleteChallenge } from './useCompleteChallenge';

/**
 * `/payments/test-mode/challenge/:intentId?return=/bookings/{id}`: the embedded provider's 3-D
 * Secure page. The buyer passes or fails it (test mode: no bank asks anything), then goes back to
 * the booking, which shows the outcome (also learnt from the provider's webhook).
 */
export function ChallengePage() {
  const { intentId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { isSignedIn } = useSession();
  const back = safeReturnPath(params.get('return'));
  const booking = useBooking(bookingIdOf(back) ?? '');
  const complete = useCompleteChallenge(intentId);

  const answer = (outcome: ChallengeOutcome) =>
    complete.mutate(
      { outcome, idempotencyKey: newId() },
      { onSuccess: (result) => void navigate(safeReturnPath(result.returnUrl, back)) },
    );

  return (
    <Container size="xs" px={0}>
      <title>3-D Secure · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Confirm your payment</Title>
        {!isSignedIn ? (
          <SignInPrompt action="confirm your payment" />
        ) : (
          <Card withBorder padding="lg" component="section" aria-labelledby="challenge-heading">
            <Stack gap="md">
              <Title order={2} size="h4" id="challenge-heading">
                Test bank: 3-D Secure
              </Title>
              <Text size="sm">
                Test mode, no money moves. A real bank would ask for a code or an app approval here.
              </Text>
              {booking.data && (
                <Text size="sm" data-testid="challenge-amount">
                  Amount: {formatMoney(booking.data.total.amount, booking.data.total.currency)}
                </Text>
              )}
              <Group>
                <Button
                  onClick={() => answer('pass')}
                  loading={complete.isPending && complete.variables?.outcome === 'pass'}
                  disabled={complete.isPending}
                >
                  Complete authentication
                </Button>
                <Button
                  variant="default"
                  color="red"
                  onClick={() => answer('fail')}
                  loading={complete.isPending && complete.variables?.outcome === 'fail'}
                  disabled={complete.isPending}
                >
                  Fail authentication
                </Button>
              </Group>
              {complete.isError && (
                <ProblemAlert error={complete.error} title="Could not confirm the payment">
                  <Button variant="subtle" size="xs" onClick={() => void navigate(back)}>
                    Back to the booking
                  </Button>
                </ProblemAlert>
              )}
              {complete.isSuccess && (
                <Alert color="blue" variant="light" role="status">
                  Returning to your booking…
                </Alert>
              )}
            </Stack>
          </Card>
        )}
      </Stack>
    </Container>
  );
}
