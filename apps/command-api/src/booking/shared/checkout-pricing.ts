import { Injectable } from '@nestjs/common';
import { CommandPipeline, inventoryModel, promoCodeModel } from '@booking/command-pipeline';
import {
  type BookingGroupPrice,
  type BookingHold,
  type BookingPromo,
  type BookingTicket,
  type CatalogState,
  type CommandMetadata,
  DomainError,
  type HeldPlaces,
  accessOf,
  applyPromoCode,
  checkoutable,
  inventoryPartitionId,
  priceTickets,
  withGroupPrice,
  withPromo,
} from '@booking/domain';
import { CatalogReader } from '../../inventory/shared/catalog-reader';
import { EventSections } from '../../inventory/shared/event-sections';
import { promoCodeId } from '../../promotions/shared/promo-code-id';
import type { CheckoutHold } from '../place-booking/place-booking.command';

export type PricedCheckout = Readonly<{
  catalog: CatalogState;
  organizerId: string;
  held: HeldPlaces[];
  holds: BookingHold[];
  /** As the catalog prices them, before any promo code. */
  listed: BookingTicket[];
  /** What the buyer pays: `listed` less the event's group price, then less the promo code's discounts. */
  tickets: BookingTicket[];
  promo?: BookingPromo;
  group?: BookingGroupPrice;
  /** `listed` less the group price: what a promo code applies to (and its redemption counts). */
  beforePromo: BookingTicket[];
}>;

/**
 * What a checkout of these holds costs: each hold read from its partition and checked as the
 * checkout's decision will check it (the buyer's, active, in no other checkout), the places priced
 * from the catalog, and a promo code applied by the same rule its own stream applies when the
 * checkout redeems it. The quote and the checkout both ask this, so the quote is the checkout's price.
 */
@Injectable()
export class CheckoutPricing {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly catalogs: CatalogReader,
    private readonly sections: EventSections,
  ) {}

  async price(
    request: Readonly<{ eventId: string; holds: readonly CheckoutHold[]; promoCode?: string }>,
    bookingId: string,
    ticketIds: (places: number) => string[],
    metadata: CommandMetadata,
  ): Promise<PricedCheckout> {
    const { eventId } = request;
    const holdIds = request.holds.map((h) => h.holdId.toLowerCase());
    if (new Set(holdIds).size !== holdIds.length) {
      throw DomainError.validation('booking.duplicate-hold', 'Each hold may be named once', { field: 'holds' });
    }
    const held: HeldPlaces[] = [];
    for (const [i, hold] of request.holds.entries()) {
      const holdId = holdIds[i];
      const sectionId = hold.sectionId ?? (await this.sections.holding(eventId, holdId));
      const partition = await this.pipeline.read(inventoryModel, inventoryPartitionId(eventId, sectionId));
      const found = checkoutable(partition, holdId, bookingId, metadata);
      held.push({
        holdId,
        ...(partition.sectionId ? { sectionId: partition.sectionId } : {}),
        quantity: found.quantity,
        ...(found.seatIds ? { seatIds: found.seatIds } : {}),
        ...(hold.tierId !== undefined ? { tierId: hold.tierId } : {}),
        ...(found.accessPromoId !== undefined ? { accessPromoId: found.accessPromoId } : {}),
      });
    }
    const catalog = await this.catalogs.current(eventId);
    const places = held.reduce((n, h) => n + h.quantity, 0);
    const promoCode =
      catalog.status === 'published' && request.promoCode !== undefined
        ? {
            code: await this.pipeline.read(promoCodeModel, promoCodeId(catalog.organizerId, request.promoCode)),
            use: {
              eventId,
              eventOrganizerId: catalog.organizerId,
              buyerId: metadata.actor.userId,
              now: metadata.now,
              bookingId,
            },
          }
        : undefined;
    // An access code opens hidden tiers and presale holds to the checkout that uses it (and counts the use).
    const access =
      promoCode && promoCode.code.status !== 'none' && promoCode.code.access
        ? accessOf(promoCode.code, promoCode.use)
        : undefined;
    const { holds, tickets: listed } = priceTickets(catalog, held, ticketIds(places), access);
    if (catalog.status === 'none') throw new Error(`Event ${eventId} vanished`); // priceTickets refuses it first
    const { organizerId } = catalog;
    // Group first, then promo: a code applies to what the group pays (docs/booking.md, "Group booking").
    const { tickets: grouped, group } = withGroupPrice(listed, catalog.details.groupPrices);
    const base = { catalog, organizerId, held, holds, listed, beforePromo: grouped, ...(group ? { group } : {}) };
    if (!promoCode) return { ...base, tickets: grouped };
    const applied = applyPromoCode(promoCode.code, promoCode.use, grouped);
    const { tickets, promo } = withPromo(grouped, applied);
    return { ...base, tickets, promo };
  }
}
