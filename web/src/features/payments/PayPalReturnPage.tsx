import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Anchor, Container, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isProblem } from '../../lib/api';
import { newId } from '../../lib/ids';
import { once } from '../../lib/once';
import { SignInPrompt, useSession } from '../auth';
import { bookingKeys } from '../booking';
import { bookingPagePath, landFromPayPal, paypalOrderIdOf, type PayPalStep } from './paypal-return';

const TEXT = {
  return: {
    progress: 'Confirming your PayPal payment…',
    failed: 'Could not confirm the PayPal payment',
    action: 'confirm your PayPal payment',
  },
  cancel: {
    progress: 'Closing the PayPal payment you left…',
    failed: 'Could not close the PayPal payment',
    action: 'go back to your booking',
  },
} as const satisfies Record<PayPalStep, Record<string, string>>;

/**
 * `/bookings/:bookingId/paypal/return?token={orderId}&PayerID=…`: PayPal sends the buyer here
 * once they approved; the page captures the order, then goes to the booking, which shows the
 * outcome (a decline in PayPal's words).
 */
export function PayPalReturnPage() {
  return <PayPalLandingPage step="return" />;
}

/** `/bookings/:bookingId/paypal/cancel?token={orderId}`: the buyer left PayPal; the order is closed, nothing charged. */
export function PayPalCancelPage() {
  return <PayPalLandingPage step="cancel" />;
}

function PayPalLandingPage({ step }: { step: PayPalStep }) {
  const { bookingId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { isSignedIn, user } = useSession();
  const userId = user?.id;
  const token = params.get('token');
  const orderId = paypalOrderIdOf(token);
  const back = bookingPagePath(bookingId);
  const text = TEXT[step];
  // "Try again" is a new attempt (a new Idempotency-Key): a replay would repeat the refusal.
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<{ attempt: number; error: unknown } | null>(null);

  useEffect(() => {
    if (!orderId || !userId) return;
    let shown = true;
    // StrictMode runs effects twice: the second run gets the first one's request, not a second capture.
    once(`paypal:${step}:${orderId}:${attempt}`, () =>
      landFromPayPal(step, { bookingId, token: orderId }, newId()),
    ).then(
      (landing) => {
        // The booking moved on (paid, declined, or the attempt closed): read it again there.
        void queryClient.invalidateQueries({ queryKey: bookingKeys.all(userId) });
        if (!shown) return;
        if (landing.kind === 'navigate') void navigate(landing.to, { replace: true, state: landing.state });
        if (landing.kind === 'problem') setFailure({ attempt, error: landing.error });
      },
      (error: unknown) => {
        if (shown) setFailure({ attempt, error });
      },
    );
    return () => {
      shown = false;
    };
  }, [step, orderId, bookingId, attempt, userId, navigate, queryClient]);

  const failed = failure?.attempt === attempt ? failure.error : null;
  const backLink = (
    <Anchor component={Link} to={back} size="sm">
      Back to the booking
    </Anchor>
  );
  return (
    <Container size="xs" px={0}>
      <title>PayPal · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>{step === 'return' ? 'Your PayPal payment' : 'You left PayPal'}</Title>
        {!orderId ? (
          <Alert color="red" variant="light" title="This PayPal link is incomplete" role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                The address PayPal sent you back with names no PayPal order, so nothing was done. The booking shows
                where its payment is; you can pay again there.
              </Text>
              {backLink}
            </Stack>
          </Alert>
        ) : !isSignedIn ? (
          <SignInPrompt action={text.action} />
        ) : failed ? (
          <ProblemAlert
            error={failed}
            title={text.failed}
            onRetry={isProblem(failed) && failed.isTransient ? () => setAttempt((n) => n + 1) : undefined}
          >
            {isProblem(failed) && failed.retryAfter !== undefined && (
              <Text size="sm">
                Try again in {failed.retryAfter} {failed.retryAfter === 1 ? 'second' : 'seconds'}.
              </Text>
            )}
            <div>{backLink}</div>
          </ProblemAlert>
        ) : (
          <Group gap="xs" role="status">
            <Loader size="sm" aria-hidden="true" />
            <Text>{text.progress}</Text>
          </Group>
        )}
      </Stack>
    </Container>
  );
}
