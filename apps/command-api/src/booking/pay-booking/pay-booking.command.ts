import type { BookingStatus, Money } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';

/** A card, as the card provider takes it (PaymentProvider.paymentMethodField), a saved card, or PayPal. */
export type PaymentMethodChoice = Readonly<
  { cardNumber: string } | { paymentMethodId: string } | { paypal: true } | { savedPaymentMethodId: string }
>;
export type PayBookingData = Readonly<{ bookingId: string; method: PaymentMethodChoice }>;
export type PayBookingResult = {
  paymentId: string;
  bookingId: string;
  /** The attempt: succeeded, declined, or waiting for 3-D Secure (requires_action) or the provider (processing). */
  status: 'succeeded' | 'declined' | 'requires_action' | 'processing' | 'canceled';
  reason?: string;
  intentId: string;
  nextAction?: { type: 'redirect_to_url'; url: string };
  amount: Money;
  bookingStatus: BookingStatus;
  position: bigint;
};

export class PayBookingCommand extends RequestCommand<PayBookingData, PayBookingResult> {}
