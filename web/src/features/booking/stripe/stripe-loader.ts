import { useMemo, useState } from 'react';
import { loadStripe } from '@stripe/stripe-js/pure';

// One Stripe.js per publishable key for the page's life (Stripe asks for it to be loaded once).
const loaded = new Map<string, ReturnType<typeof loadStripe>>();

/** Stripe.js for this key, loaded on first use (the checkout and the wallet's add-card form share it). */
export function stripeFor(publishableKey: string) {
  let promise = loaded.get(publishableKey);
  if (!promise) {
    // A failed load (Stripe unreachable) is not kept: the next visit tries again.
    promise = loadStripe(publishableKey).catch((error: unknown) => {
      loaded.delete(publishableKey);
      throw error;
    });
    loaded.set(publishableKey, promise);
  }
  return promise;
}

/** Stripe.js for `<Elements stripe>`, and whether it failed to load (then say so: StripeUnavailable). */
export function useStripeJs(publishableKey: string) {
  const [loadFailed, setLoadFailed] = useState(false);
  const stripe = useMemo(
    () =>
      stripeFor(publishableKey).catch(() => {
        setLoadFailed(true);
        return null;
      }),
    [publishableKey],
  );
  return { stripe, loadFailed };
}
