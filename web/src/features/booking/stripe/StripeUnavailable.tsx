import { Alert, Text } from '@mantine/core';

/** Stripe.js could not load (js.stripe.com unreachable): the card form cannot show. */
export function StripeUnavailable() {
  return (
    <Alert color="red" variant="light" title="The card form could not load" role="alert">
      <Text size="sm">Stripe, who takes the payment, cannot be reached right now. Reload the page to try again.</Text>
    </Alert>
  );
}
