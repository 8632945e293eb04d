import { Alert, Anchor, Button, Container, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { resendVerification, useDemoPersonas } from '../auth';

/** After signing up: the link to verify the address is in the mail. */
export function CheckMailboxPage() {
  const location = useLocation();
  const { email, message } = (location.state ?? {}) as { email?: string; message?: string };
  const { isDemo } = useDemoPersonas();
  const resend = useMutation({ mutationFn: resendVerification });
  return (
    <Container size={520} px={0}>
      <title>Check your mailbox · Seatwise</title>
      <Stack gap="md" align="flex-start">
        <Title order={1}>Check your mailbox</Title>
        {message && <Text>{message}</Text>}
        <Text>
          We sent a message to {email ? <strong>{email}</strong> : 'your address'}. Open the link in it to verify your
          e-mail address; then you can log in and book seats. The link expires after a while, so use it soon.
        </Text>
        <Text size="sm" c="dimmed">
          Nothing arrived? Check your spam folder, or have the message sent again.
        </Text>
        {email && (
          <Button variant="default" loading={resend.isPending} onClick={() => resend.mutate(email)}>
            Send the link again
          </Button>
        )}
        {resend.isSuccess && (
          <Alert color="green" variant="light" role="status" title="Sent">
            {resend.data ?? 'If the address needs verifying, a new link is on its way.'}
          </Alert>
        )}
        {resend.isError && <ProblemAlert error={resend.error} title="Could not send the link again" />}
        {isDemo && (
          <Anchor component={Link} to="/dev/mailbox">
            Open the demo mailbox
          </Anchor>
        )}
        <Anchor component={Link} to="/login">
          Go to login
        </Anchor>
      </Stack>
    </Container>
  );
}
