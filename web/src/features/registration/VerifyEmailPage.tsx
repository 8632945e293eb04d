import { useEffect, useState } from 'react';
import { Alert, Anchor, Container, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { once } from '../../lib/once';
import { useSession } from '../auth';
import { verifyEmail } from './registration.api';

type Outcome = { state: 'pending' } | { state: 'verified' } | { state: 'failed'; error: unknown };

/** `/verify-email?token=`: the link from the verification mail. */
export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { isSignedIn, refresh } = useSession();
  const [outcome, setOutcome] = useState<Outcome>({ state: 'pending' });

  useEffect(() => {
    if (!token) return;
    // A verification token works once: never post it twice (StrictMode runs effects twice).
    once(`verify:${token}`, () => verifyEmail(token)).then(
      () => setOutcome({ state: 'verified' }),
      (error: unknown) => setOutcome({ state: 'failed', error }),
    );
  }, [token]);

  // A signed-in user's session picks up the verified address.
  useEffect(() => {
    if (outcome.state === 'verified' && isSignedIn) void refresh().catch(() => undefined);
  }, [outcome.state, isSignedIn, refresh]);

  return (
    <Container size={520} px={0}>
      <title>Verify your e-mail · Seatwise</title>
      <Stack gap="md" align="flex-start">
        <Title order={1}>Verify your e-mail</Title>
        {!token ? (
          <Alert color="red" variant="light" title="This link is incomplete">
            The verification link has no token. Open the link from the mail again, or copy all of it.
          </Alert>
        ) : outcome.state === 'pending' ? (
          <Group gap="xs" role="status">
            <Loader size="sm" aria-hidden="true" />
            <Text>Verifying your e-mail address…</Text>
          </Group>
        ) : outcome.state === 'verified' ? (
          <Alert color="green" variant="light" title="Your e-mail address is verified" role="status">
            {isSignedIn ? 'You can book seats now.' : 'Log in to book seats.'}
          </Alert>
        ) : (
          <ProblemAlert error={outcome.error} title="The link is invalid or has expired" />
        )}
        {outcome.state === 'failed' && (
          <Text size="sm">
            Links work once and expire after a while. Log in and use “Resend verification e-mail” to get a new one.
          </Text>
        )}
        {isSignedIn ? (
          <Anchor component={Link} to="/">
            Browse events
          </Anchor>
        ) : (
          <Anchor component={Link} to="/login">
            Go to login
          </Anchor>
        )}
      </Stack>
    </Container>
  );
}
