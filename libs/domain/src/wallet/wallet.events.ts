import { type DomainEvent, type PersonalDataDeclaration, eventSchema } from '../kernel';

/**
 * A person's saved cards (docs/payments.md, "Saved cards"): what the payment provider told us of
 * each, never the card number (the provider keeps it). One stream per person: `wallet-{userId}`.
 */
export type SavedCardDetails = Readonly<{
  /** The provider's PaymentMethod id (`pm_…`): what a payment with the card names. */
  paymentMethodId: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}>;

/** The person's customer at the provider (Stripe's Customer), made once per provider before a first card is saved. */
export type WalletCustomerCreated = DomainEvent<
  'WalletCustomerCreated',
  { userId: string; provider: string; customerId: string }
>;
export type PaymentMethodSaved = DomainEvent<
  'PaymentMethodSaved',
  SavedCardDetails & { userId: string; provider: string; setupIntentId: string; savedAt: string }
>;
export type DefaultPaymentMethodSet = DomainEvent<
  'DefaultPaymentMethodSet',
  { userId: string; paymentMethodId: string }
>;
export type PaymentMethodRemoved = DomainEvent<'PaymentMethodRemoved', { userId: string; paymentMethodId: string }>;

export type WalletEvent = WalletCustomerCreated | PaymentMethodSaved | DefaultPaymentMethodSet | PaymentMethodRemoved;

/**
 * Personal data, encrypted per person by the event store (docs/personal-data.md): the person's
 * customer at the provider and what identifies each card to them. Once erased they read
 * `[erased]`, and such a card is neither listed nor usable (cardExpired).
 */
export const walletPersonalData: PersonalDataDeclaration<WalletEvent> = {
  WalletCustomerCreated: { subject: 'userId', fields: ['customerId'] },
  PaymentMethodSaved: { subject: 'userId', fields: ['brand', 'last4', 'expMonth', 'expYear'] },
};

export const walletSchema = eventSchema<WalletEvent>(
  {
    WalletCustomerCreated: 1,
    PaymentMethodSaved: 1,
    DefaultPaymentMethodSet: 1,
    PaymentMethodRemoved: 1,
  },
  { personal: walletPersonalData },
);
export const walletEventTypes = walletSchema.eventTypes;
