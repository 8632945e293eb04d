import type { ReactNode } from 'react';
import { Alert } from '@mantine/core';
import type { Role } from './auth.types';
import { useSession } from './session-context';
import { SignInPrompt } from './SignInPrompt';

/** Renders its children for a signed-in user (with one of `roles`, if given). */
export function RequireSignIn({ action, roles, children }: { action: string; roles?: Role[]; children: ReactNode }) {
  const { isSignedIn, hasRole } = useSession();
  if (!isSignedIn) return <SignInPrompt action={action} />;
  if (roles && !hasRole(...roles)) {
    return (
      <Alert color="yellow" variant="light" title="Not allowed">
        Your account needs the {roles.join(' or ')} role to {action}.
      </Alert>
    );
  }
  return <>{children}</>;
}
