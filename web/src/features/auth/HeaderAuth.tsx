import { Box, Button, Group, Loader } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { AccountMenu } from './AccountMenu';
import { DemoSignInMenu } from './DemoSignInMenu';
import { loginPath } from './return-to';
import { useSession } from './session-context';

/** Header corner: "Log in" / "Sign up" (and demo personas) when signed out, else the account menu. */
export function HeaderAuth() {
  const { user, isRestoring } = useSession();
  const location = useLocation();
  if (isRestoring) return <Loader size="xs" role="status" aria-label="Restoring your session" />;
  if (user) return <AccountMenu user={user} />;
  const here = location.pathname + location.search;
  const onAuthPage = /^\/(login|signup)/.test(location.pathname);
  return (
    <Group gap={6} wrap="nowrap">
      {/* Phones: the login page lists the demo accounts instead. */}
      <Box visibleFrom="sm">
        <DemoSignInMenu />
      </Box>
      <Button component={Link} to={onAuthPage ? '/login' : loginPath(here)} variant="default" size="sm" px="xs">
        Log in
      </Button>
      <Button component={Link} to="/signup" size="sm" px="xs">
        Sign up
      </Button>
    </Group>
  );
}
