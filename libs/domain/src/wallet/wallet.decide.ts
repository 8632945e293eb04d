import { DomainError, assertNever, hasRole } from '../kernel';
import type {
  CreateWalletCustomer,
  RemovePaymentMethod,
  SavePaymentMethod,
  SetDefaultPaymentMethod,
  WalletCommand,
} from './wallet.commands';
import type { WalletEvent } from './wallet.events';
import { type SavedCard, type WalletState, cardExpired } from './wallet.state';

/** The most cards one person keeps (Stripe's wallet UIs show a handful; a longer list is a mistake or abuse). */
export const MAX_SAVED_CARDS = 10;

export function decideWallet(command: WalletCommand, state: WalletState): WalletEvent[] {
  switch (command.type) {
    case 'CreateWalletCustomer':
      return createCustomer(command, state);
    case 'SavePaymentMethod':
      return save(command, state);
    case 'SetDefaultPaymentMethod':
      return setDefault(command, state);
    case 'RemovePaymentMethod':
      return remove(command, state);
    default:
      return assertNever(command);
  }
}

/** Only the person (or an admin) touches their wallet. */
function checkOwner(userId: string, metadata: WalletCommand['metadata']): void {
  if (metadata.actor.userId !== userId && !hasRole(metadata.actor, 'admin'))
    throw DomainError.forbidden('wallet.forbidden', 'Only the card holder manages their saved cards');
}

/** Once per provider: a second customer for the same person is a no-op (the first one stands). */
function createCustomer({ data, metadata }: CreateWalletCustomer, state: WalletState): WalletEvent[] {
  checkOwner(data.userId, metadata);
  if (state.customers[data.provider]) return [];
  return [{ type: 'WalletCustomerCreated', data }];
}

/**
 * A card the provider saved: kept once (the same PaymentMethod again is a no-op), at most
 * MAX_SAVED_CARDS, not expired; the first card (or the first after the default was removed) becomes the default.
 */
function save({ data, metadata }: SavePaymentMethod, state: WalletState): WalletEvent[] {
  checkOwner(data.userId, metadata);
  if (state.cards.some((card) => card.paymentMethodId === data.paymentMethodId)) return [];
  if (!state.customers[data.provider])
    throw DomainError.conflict('wallet.no-customer', 'The card provider has no customer for this person yet');
  // Counted per provider: cards kept from a former provider are not listed, and cannot be removed to make room.
  if (state.cards.filter((card) => card.provider === data.provider).length >= MAX_SAVED_CARDS)
    throw DomainError.conflict('wallet.full', `At most ${MAX_SAVED_CARDS} cards can be saved; remove one first`);
  if (cardExpired(data, metadata.now)) throw DomainError.validation('wallet.card-expired', 'This card has expired');
  const saved: WalletEvent = { type: 'PaymentMethodSaved', data: { ...data, savedAt: metadata.now.toISOString() } };
  return state.defaultId
    ? [saved]
    : [
        saved,
        { type: 'DefaultPaymentMethodSet', data: { userId: data.userId, paymentMethodId: data.paymentMethodId } },
      ];
}

function setDefault({ data, metadata }: SetDefaultPaymentMethod, state: WalletState): WalletEvent[] {
  checkOwner(data.userId, metadata);
  findCard(state, data.paymentMethodId);
  if (state.defaultId === data.paymentMethodId) return [];
  return [{ type: 'DefaultPaymentMethodSet', data }];
}

/** Removing the default makes the most recently saved remaining card the default (none if none is left). */
function remove({ data, metadata }: RemovePaymentMethod, state: WalletState): WalletEvent[] {
  checkOwner(data.userId, metadata);
  findCard(state, data.paymentMethodId);
  const removed: WalletEvent = { type: 'PaymentMethodRemoved', data };
  if (state.defaultId !== data.paymentMethodId) return [removed];
  const next = state.cards.filter((card) => card.paymentMethodId !== data.paymentMethodId).at(-1);
  return next
    ? [
        removed,
        { type: 'DefaultPaymentMethodSet', data: { userId: data.userId, paymentMethodId: next.paymentMethodId } },
      ]
    : [removed];
}

/** The saved card, or a 404 (a card of someone else's reads as unknown too). */
export function findCard(state: WalletState, paymentMethodId: string): SavedCard {
  const card = state.cards.find((c) => c.paymentMethodId === paymentMethodId);
  if (!card) throw DomainError.notFound('wallet.card-not-found', 'No such saved card of yours');
  return card;
}

/**
 * The saved card a payment may use: the person's own, of the provider that will charge it, not
 * expired. Asked by the pay request before anything is charged.
 */
export function cardForPayment(state: WalletState, paymentMethodId: string, provider: string, now: Date): SavedCard {
  const card = findCard(state, paymentMethodId);
  if (card.provider !== provider)
    throw DomainError.conflict('wallet.card-provider', 'This card was saved with another payment provider');
  if (cardExpired(card, now)) throw DomainError.validation('wallet.card-expired', 'This saved card has expired');
  return card;
}
