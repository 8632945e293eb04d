import type { ReactNode } from 'react';
import { Alert, Stack, Text } from '@mantine/core';

/**
 * The booking's payment waits for 3-D Secure: what to do, and the button that continues it (a
 * link to the test-mode challenge page, or to the provider's own page).
 */
export function AuthenticationPending({ message, action }: { message: string; action: ReactNode }) {
  return (
    <Alert color="blue" variant="light" title="Your bank asks you to confirm this payment" data-testid="payment-3ds">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message}</Text>
        {action}
      </Stack>
    </Alert>
  );
}
