import { Alert, Anchor, Group, Loader, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { loginPath } from './return-to';
import { useSession } from './session-context';

/** Shown where an action needs a signed-in user (or, while the session is restored, a loader). */
export function SignInPrompt({ action, title = 'Sign in required' }: { action: string; title?: string }) {
  const { isRestoring } = useSession();
  const location = useLocation();
  if (isRestoring) {
    return (
      <Group gap="xs" role="status">
        <Loader size="sm" aria-hidden="true" />
        <Text size="sm">Restoring your session…</Text>
      </Group>
    );
  }
  return (
    <Alert color="blue" variant="light" title={title}>
      You need an account to {action}.{' '}
      <Anchor
        component={Link}
        to={loginPath(location.pathname + location.search)}
        c="inherit"
        fw={600}
        underline="always"
      >
        Go to the login page
      </Anchor>
    </Alert>
  );
}
