import { DomainError, money } from '../kernel';
import { type CatalogState, type PriceTier, type Section, expandSection } from '../catalog';
import type { AppliedPromo } from '../promotions';
import type { BookingHold, BookingPromo, BookingTicket } from './booking.events';

/** A hold as the checkout found it on its partition, with the tier the buyer asked for (if any). */
export type HeldPlaces = Readonly<{
  holdId: string;
  sectionId?: string;
  quantity: number;
  seatIds?: readonly string[];
  /** Only meaningful where the catalog leaves the choice to the buyer (an event without a plan). */
  tierId?: string;
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
): { holds: BookingHold[]; tickets: BookingTicket[] } {
  if (catalog.status !== 'published') {
    throw DomainError.notFound('booking.not-on-sale', 'This event is not on sale');
  }
  const tiers = new Map((catalog.details.priceTiers ?? []).map((tier) => [tier.id, tier]));
  const sections = new Map((catalog.seating?.plan.sections ?? []).map((section) => [section.id, section]));
  const tickets: BookingTicket[] = [];
  for (const hold of holds) {
    if (hold.tierId !== undefined && !tiers.has(hold.tierId)) {
      throw DomainError.validation('booking.unknown-tier', `This event has no price tier "${hold.tierId}"`, {
        field: 'tierId',
        tiers: [...tiers.keys()],
      });
    }
    const section = hold.sectionId ? sections.get(hold.sectionId) : undefined;
    const seatTiers =
      section?.kind === 'seated' ? new Map(expandSection(section).map((s) => [s.id, s.priceTierId])) : undefined;
    for (let i = 0; i < hold.quantity; i++) {
      const seatId = hold.seatIds?.[i];
      const tierId = tierOf(hold, section, seatId && seatTiers ? seatTiers.get(seatId) : undefined, tiers);
      const tier = tiers.get(tierId);
      if (!tier) throw DomainError.conflict('booking.unknown-tier', `Price tier "${tierId}" is no longer sold`);
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
