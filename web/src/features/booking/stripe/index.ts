// What the wallet's own Stripe chunk shares with the checkout. Not re-exported by booking's index,
// so Stripe.js stays out of the chunks that import that.
export { useStripeJs } from './stripe-loader';
export { StripeUnavailable } from './StripeUnavailable';
export { paymentMethodFromElement } from './payment-element';
