/**
 * One of the signed-in person's saved cards (`GET /api/me/payment-methods`): what the payment
 * provider told of it, never the card number (the provider keeps it).
 */
export type SavedCard = {
  /** The provider's PaymentMethod id (`pm_…`): what a payment with the card names. */
  id: string;
  /** The provider's brand code: 'visa', 'mastercard', 'amex', … */
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  isDefault: boolean;
  expired: boolean;
  /** ISO date-time. */
  savedAt: string;
};

/** Newest first. */
export type SavedCardList = { items: SavedCard[] };

/**
 * `POST /api/me/payment-methods`: a card number on the test-mode provider, or the PaymentMethod
 * Stripe's Payment Element made in the browser (setup mode).
 */
export type NewCardInput = { cardNumber: string } | { paymentMethodId: string };

/** The answer of saving a card and of making one the default. */
export type SavedCardAnswer = { card: SavedCard; position?: string };

export type RemovedCard = { paymentMethodId: string; removed: true; position?: string };
