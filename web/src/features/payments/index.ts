// The pages are not re-exported: the router imports each by path (a chunk of its own).
export { bookingIdOf } from './payments.api';
export { usePaymentSettings } from './usePaymentSettings';
export type { PaymentSettings } from './payments.types';
