import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { resendVerification } from './auth.api';
import { useSession } from './session-context';
import { useDemoPersonas } from './useDemoPersonas';

/** "Verify your e-mail to book seats", with a button that sends the link again. */
export function VerifyEmailNotice() {
  const { user } = useSession();
  const { isDemo } = useDemoPersonas();
  const resend = useMutation({ mutationFn: resendVerification });
  if (!user) return null;
  return (
    <Alert color="yellow" variant="light" title="Verify your e-mail to book seats">
      <Stack gap="xs">
        <Text size="sm">
          We sent a verification link to <strong>{user.email}</strong>. Open it to confirm the address.
        </Text>
        <Group gap="sm">
          <Button size="xs" variant="default" loading={resend.isPending} onClick={() => resend.mutate(user.email)}>
            Resend verification e-mail
          </Button>
          {isDemo && (
            <Anchor component={Link} to="/dev/mailbox" size="sm" c="inherit" underline="always">
              Open the demo mailbox
            </Anchor>
          )}
        </Group>
        {resend.isSuccess && (
          <Text size="sm" role="status">
            {resend.data ?? 'A new link is on its way.'}
          </Text>
        )}
        {resend.isError && <ProblemAlert error={resend.error} title="Could not resend the link" />}
      </Stack>
    </Alert>
  );
}

/** The app-wide banner for signed-in users whose address is not verified yet. */
export function VerifyEmailBanner() {
  const { user } = useSession();
  if (!user || user.emailVerified) return null;
  return (
    <div style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
      <VerifyEmailNotice />
    </div>
  );
}
