import type { DomainCommand } from '../kernel';
import type { PaymentMethodSaved, WalletCustomerCreated } from './wallet.events';

export type CreateWalletCustomer = DomainCommand<'CreateWalletCustomer', WalletCustomerCreated['data']>;
/** Record a card the provider saved (its SetupIntent succeeded) for the person. */
export type SavePaymentMethod = DomainCommand<'SavePaymentMethod', Omit<PaymentMethodSaved['data'], 'savedAt'>>;
export type SetDefaultPaymentMethod = DomainCommand<
  'SetDefaultPaymentMethod',
  { userId: string; paymentMethodId: string }
>;
export type RemovePaymentMethod = DomainCommand<'RemovePaymentMethod', { userId: string; paymentMethodId: string }>;

export type WalletCommand = CreateWalletCustomer | SavePaymentMethod | SetDefaultPaymentMethod | RemovePaymentMethod;
