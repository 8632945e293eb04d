import { DomainError, money } from '../kernel';
import {
  type CatalogState,
  type GroupPriceRule,
  type PriceTier,
  type Section,
  expandSection,
  hiddenTierIds,
  hiddenTierRefused,
  visibleTiers,
} from '../catalog';
import type { AppliedPromo, GrantedAccess } from '../promotions';
import type { BookingGroupPrice, BookingHold, BookingPromo, BookingTicket } from './booking.events';

/** A hold as the checkout found it on its partition, with the tier the buyer asked for (if any). */
export type HeldPlaces = Readonly<{
  holdId: string;
  sectionId?: string;
  quantity: number;
  seatIds?: readonly string[];
  /** Only meaningful where the catalog leaves the choice to the buyer (an event without a plan). */
  tierId?: string;
  /** Held before sales opened with this access code: the checkout must use the same code. */
  accessPromoId?: string;
}>;

/**
 * The tickets of a checkout, priced from the catalog (the client sends no price and no total).
 * A seat costs its tier in the plan, a standing place its section's tier; on an event without a
 * plan the buyer picks a tier per hold (the only one when there is one). A tier the catalog does
 * not have, or one that differs from what the plan says, is refused. `ticketIds`: one per place.
 */
export function priceTickets(
  catalog: CatalogState,
  holds: readonly HeldPlaces[],
  ticketIds: readonly string[],
  access?: GrantedAccess,
): { holds: BookingHold[]; tickets: BookingTicket[] } {
  if (catalog.status !== 'published') {
    throw DomainError.notFound('booking.not-on-sale', 'This event is not on sale');
  }
  for (const hold of holds) {
    if (hold.accessPromoId !== undefined && hold.accessPromoId !== access?.promoId) {
      throw DomainError.validation(
        'booking.access-code-required',
        'These places were held before sales opened: check out with the access code you held them with',
        { field: 'promoCode', holdId: hold.holdId },
      );
    }
  }
  const hidden = hiddenTierIds(catalog);
  const tiers = new Map((catalog.details.priceTiers ?? []).map((tier) => [tier.id, tier]));
  // What this buyer is offered: hidden tiers only when their code unlocks them (never named in answers otherwise).
  const offered = new Map(visibleTiers(catalog.details.priceTiers ?? [], access?.tierIds).map((t) => [t.id, t]));
  const sections = new Map((catalog.seating?.plan.sections ?? []).map((section) => [section.id, section]));
  const tickets: BookingTicket[] = [];
  for (const hold of holds) {
    if (hold.tierId !== undefined && !tiers.has(hold.tierId)) {
      throw DomainError.validation('booking.unknown-tier', `This event has no price tier "${hold.tierId}"`, {
        field: 'tierId',
        tiers: [...offered.keys()],
      });
    }
    const section = hold.sectionId ? sections.get(hold.sectionId) : undefined;
    const seatTiers =
      section?.kind === 'seated' ? new Map(expandSection(section).map((s) => [s.id, s.priceTierId])) : undefined;
    for (let i = 0; i < hold.quantity; i++) {
      const seatId = hold.seatIds?.[i];
      const tierId = tierOf(hold, section, seatId && seatTiers ? seatTiers.get(seatId) : undefined, offered);
      const tier = tiers.get(tierId);
      if (!tier) throw DomainError.conflict('booking.unknown-tier', `Price tier "${tierId}" is no longer sold`);
      if (hidden.has(tier.id) && !access?.tierIds.includes(tier.id)) throw hiddenTierRefused(tier.id);
      const ticketId = ticketIds[tickets.length];
      if (!ticketId) throw DomainError.validation('booking.bad-tickets', 'One ticket id per place');
      tickets.push({
        ticketId,
        holdId: hold.holdId,
        ...(hold.sectionId ? { sectionId: hold.sectionId } : {}),
        ...(seatId ? { seatId } : {}),
        tierId: tier.id,
        tierName: tier.name,
        price: money(tier.price.amount, tier.price.currency),
      });
    }
  }
  return {
    holds: holds.map(({ holdId, sectionId, quantity }) => ({ holdId, ...(sectionId ? { sectionId } : {}), quantity })),
    tickets,
  };
}

function tierOf(
  hold: HeldPlaces,
  section: Section | undefined,
  seatTier: string | undefined,
  tiers: ReadonlyMap<string, PriceTier>,
): string {
  const decided = seatTier ?? section?.priceTierId;
  if (decided !== undefined) {
    if (hold.tierId !== undefined && hold.tierId !== decided) {
      throw DomainError.validation(
        'booking.tier-mismatch',
        `These places are sold at tier "${decided}", not "${hold.tierId}"`,
        { field: 'tierId', tier: decided },
      );
    }
    return decided;
  }
  if (hold.sectionId !== undefined) {
    throw DomainError.conflict('booking.section-gone', `Section "${hold.sectionId}" is no longer in the plan`);
  }
  if (hold.tierId !== undefined) return hold.tierId;
  if (tiers.size === 1) return [...tiers.keys()][0];
  throw DomainError.validation('booking.tier-required', `Choose a price tier: ${[...tiers.keys()].join(', ')}`, {
    field: 'tierId',
    tiers: [...tiers.keys()],
  });
}

/** The tickets with what a promo code takes off each (its price is then what the buyer pays), and the booking's promo. */
export function withPromo(
  tickets: readonly BookingTicket[],
  applied: AppliedPromo,
): { tickets: BookingTicket[]; promo: BookingPromo } {
  return {
    tickets: tickets.map((ticket) => {
      const off = applied.discounts.get(ticket.ticketId);
      if (!off || off.amount === 0) return ticket;
      return { ...ticket, price: money(ticket.price.amount - off.amount, ticket.price.currency), discount: off };
    }),
    promo: { promoId: applied.promoId, code: applied.code, discount: applied.discount },
  };
}

/** The rule a booking of `count` tickets gets: of those it reaches, the one taking most off (none: undefined). */
export function groupRuleFor(rules: readonly GroupPriceRule[] | undefined, count: number): GroupPriceRule | undefined {
  let best: GroupPriceRule | undefined;
  for (const rule of rules ?? []) {
    if (count >= rule.minTickets && (!best || rule.percentOff > best.percentOff)) best = rule;
  }
  return best;
}

/**
 * The event's group price applied to a checkout's tickets (all its holds count together): each
 * ticket's price less `percentOff` of it, the discount rounded per ticket to the nearest minor unit
 * (half up), as a promo code's percentage is.
 * A promo code then applies to these prices (group first, then promo). No rule reached, or nothing
 * taken off (free tickets): the tickets as they were and no group.
 */
export function withGroupPrice(
  tickets: readonly BookingTicket[],
  rules: readonly GroupPriceRule[] | undefined,
): { tickets: BookingTicket[]; group?: BookingGroupPrice } {
  const rule = groupRuleFor(rules, tickets.length);
  if (!rule || tickets.length === 0) return { tickets: [...tickets] };
  let taken = 0;
  const priced = tickets.map((ticket) => {
    const off = Math.round((ticket.price.amount * rule.percentOff) / 100);
    if (off === 0) return ticket;
    taken += off;
    const { currency } = ticket.price;
    return { ...ticket, price: money(ticket.price.amount - off, currency), groupDiscount: money(off, currency) };
  });
  if (taken === 0) return { tickets: priced };
  const { currency } = tickets[0].price;
  return {
    tickets: priced,
    group: { minTickets: rule.minTickets, percentOff: rule.percentOff, discount: money(taken, currency) },
  };
}
