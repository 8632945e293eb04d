import type { DomainCommand, Money } from '../kernel';
import type { PromoTerms } from './promotions.events';

/** The organizer (the actor, or the one an admin names) creates a code under `promoId` (derived from both). */
export type CreatePromoCode = DomainCommand<
  'CreatePromoCode',
  PromoTerms & { promoId: string; organizerId: string; code: string }
>;
export type DisablePromoCode = DomainCommand<'DisablePromoCode', { promoId: string }>;
/** A ticket as the checkout priced it from the catalog, before any discount. */
export type PricedTicket = Readonly<{ ticketId: string; tierId: string; price: Money }>;
/** A checkout uses the code for `bookingId`: the buyer is the actor; `tickets` as priced from the catalog. */
export type RedeemPromoCode = DomainCommand<
  'RedeemPromoCode',
  { promoId: string; bookingId: string; eventId: string; eventOrganizerId: string; tickets: readonly PricedTicket[] }
>;
export type ReleasePromoCode = DomainCommand<
  'ReleasePromoCode',
  { promoId: string; bookingId: string; reason: string }
>;

export type PromotionCommand = CreatePromoCode | DisablePromoCode | RedeemPromoCode | ReleasePromoCode;
