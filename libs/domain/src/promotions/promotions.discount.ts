import { DomainError, type Money, money } from '../kernel';
import type { PricedTicket } from './promotions.commands';
import type { PromoCodeState } from './promotions.state';
import { usesOf } from './promotions.state';

/** `bookingId`: the checkout asking; a use it already counted (a retried checkout) is not counted against it again. */
export type PromoUse = Readonly<{
  eventId: string;
  eventOrganizerId: string;
  buyerId: string;
  now: Date;
  bookingId?: string;
}>;
/** What the code takes off each ticket (0 for the ones it does not apply to), and in all. */
export type AppliedPromo = Readonly<{
  promoId: string;
  code: string;
  discounts: ReadonlyMap<string, Money>;
  discount: Money;
}>;

type Existing = Exclude<PromoCodeState, { status: 'none' }>;

/**
 * Whether this buyer may use the code on these tickets now, and what it takes off: the one rule
 * the checkout's quote, the checkout and the code's own stream all apply. Refusals are 4xx
 * problems with a stable code (`promo.*`).
 */
export function applyPromoCode(state: PromoCodeState, use: PromoUse, tickets: readonly PricedTicket[]): AppliedPromo {
  const promo = usable(state, use);
  if (promo.discount.kind === 'none') {
    // An access code takes nothing off: it applies to any tickets (its use is still counted).
    const currency = tickets[0]?.price.currency ?? 'EUR';
    const discounts = new Map(tickets.map((t) => [t.ticketId, money(0, t.price.currency)]));
    return { promoId: promo.promoId, code: promo.code, discounts, discount: money(0, currency) };
  }
  const eligible = tickets.filter((t) => !promo.tierIds || promo.tierIds.includes(t.tierId));
  if (eligible.length === 0) {
    throw DomainError.validation('promo.not-applicable', `The code ${promo.code} does not apply to these tickets`, {
      field: 'promoCode',
    });
  }
  const currency = tickets[0]?.price.currency ?? 'EUR';
  const off = discountsOf(promo, eligible, currency);
  const discounts = new Map(tickets.map((t) => [t.ticketId, off.get(t.ticketId) ?? money(0, t.price.currency)]));
  const total = [...discounts.values()].reduce((n, m) => n + m.amount, 0);
  return { promoId: promo.promoId, code: promo.code, discounts, discount: money(total, currency) };
}

function usable(state: PromoCodeState, { eventId, eventOrganizerId, buyerId, now, bookingId }: PromoUse): Existing {
  // Another organizer's code reads as unknown: codes are per organizer.
  if (state.status === 'none' || state.organizerId !== eventOrganizerId) {
    throw DomainError.validation('promo.unknown-code', 'No such promo code for this event', { field: 'promoCode' });
  }
  if (state.status === 'disabled') {
    throw DomainError.conflict('promo.disabled', `The code ${state.code} is no longer valid`, { field: 'promoCode' });
  }
  if (state.eventIds && !state.eventIds.includes(eventId)) {
    throw DomainError.validation('promo.not-applicable', `The code ${state.code} is not valid for this event`, {
      field: 'promoCode',
    });
  }
  if (state.validFrom && now.getTime() < Date.parse(state.validFrom)) {
    throw DomainError.conflict('promo.not-yet-valid', `The code ${state.code} is valid from ${state.validFrom}`, {
      field: 'promoCode',
      validFrom: state.validFrom,
    });
  }
  if (state.validUntil && now.getTime() >= Date.parse(state.validUntil)) {
    throw DomainError.conflict('promo.expired', `The code ${state.code} was valid until ${state.validUntil}`, {
      field: 'promoCode',
      validUntil: state.validUntil,
    });
  }
  if (bookingId !== undefined && state.inUse.has(bookingId)) return state; // its own use, counted already
  if (state.maxUses !== undefined && usesOf(state) >= state.maxUses) {
    throw DomainError.conflict('promo.used-up', `The code ${state.code} has been used up`, { field: 'promoCode' });
  }
  if (state.maxUsesPerBuyer !== undefined && usesOf(state, buyerId) >= state.maxUsesPerBuyer) {
    throw DomainError.conflict(
      'promo.buyer-limit',
      `The code ${state.code} can be used for ${state.maxUsesPerBuyer} booking(s) per buyer`,
      { field: 'promoCode' },
    );
  }
  return state;
}

/** What a usable access code opens for one buyer on one event now. */
export type GrantedAccess = Readonly<{
  promoId: string;
  code: string;
  /** Hidden tiers it unlocks (on any event: the catalog says which of them the event has). */
  tierIds: readonly string[];
  presale: boolean;
}>;

/**
 * What a code opens for this buyer on this event now: the same checks as a checkout's use (the
 * organizer's, enabled, for this event, inside its window, uses and the buyer's uses left), without
 * counting a use (the checkout counts it). A code that opens nothing (a plain discount code) is
 * `promo.no-access`; an unknown code, another organizer's, or one for other events reads as
 * `promo.unknown-code`, so the answer does not tell whether codes exist elsewhere.
 */
export function accessOf(state: PromoCodeState, use: PromoUse): GrantedAccess {
  if (state.status !== 'none' && state.eventIds && !state.eventIds.includes(use.eventId)) {
    throw DomainError.validation('promo.unknown-code', 'No such promo code for this event', { field: 'promoCode' });
  }
  const promo = usable(state, use);
  const tierIds = promo.access?.tierIds ?? [];
  const presale = promo.access?.presale === true;
  if (tierIds.length === 0 && !presale) {
    throw DomainError.validation('promo.no-access', `The code ${promo.code} does not unlock anything`, {
      field: 'accessCode',
    });
  }
  return { promoId: promo.promoId, code: promo.code, tierIds, presale };
}

/** Per eligible ticket: never more than its price, so no ticket costs less than nothing. */
function discountsOf(promo: Existing, eligible: readonly PricedTicket[], currency: string): Map<string, Money> {
  const off = new Map<string, Money>();
  const { discount } = promo;
  switch (discount.kind) {
    case 'percent':
      for (const t of eligible) {
        off.set(t.ticketId, money(Math.round((t.price.amount * discount.percent) / 100), t.price.currency));
      }
      return off;
    case 'none':
      return off;
    case 'free-ticket': {
      const cheapest = eligible.reduce((a, b) => (b.price.amount < a.price.amount ? b : a));
      off.set(cheapest.ticketId, money(cheapest.price.amount, cheapest.price.currency));
      return off;
    }
    case 'amount': {
      if (discount.amount.currency !== currency) {
        throw DomainError.validation(
          'promo.not-applicable',
          `The code ${promo.code} is for ${discount.amount.currency}`,
          {
            field: 'promoCode',
          },
        );
      }
      // The amount is shared in proportion to the prices, remainders to the largest fractions.
      const subtotal = eligible.reduce((n, t) => n + t.price.amount, 0);
      const total = Math.min(discount.amount.amount, subtotal);
      if (subtotal === 0) return off;
      const shares = eligible.map((t) => {
        const exact = (total * t.price.amount) / subtotal;
        return { t, whole: Math.floor(exact), fraction: exact - Math.floor(exact) };
      });
      let left = total - shares.reduce((n, s) => n + s.whole, 0);
      for (const s of [...shares].sort((a, b) => b.fraction - a.fraction)) {
        if (left === 0) break;
        s.whole += 1;
        left -= 1;
      }
      for (const s of shares) off.set(s.t.ticketId, money(s.whole, currency));
      return off;
    }
  }
}
