import { Alert } from '@mantine/core';

/** Shown where an action needs a signed-in user. Deliberately no second "Sign in" button. */
export function SignInPrompt({ action, title = 'Sign in required' }: { action: string; title?: string }) {
  return (
    <Alert color="blue" variant="light" title={title}>
      Use the Sign in menu at the top of the page to {action}.
    </Alert>
  );
}
