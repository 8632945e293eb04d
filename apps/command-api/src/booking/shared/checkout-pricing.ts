import { Injectable } from '@nestjs/common';
import { CommandPipeline, inventoryModel, promoCodeModel } from '@booking/command-pipeline';
import {
  type BookingHold,
  type BookingPromo,
  type BookingTicket,
  type CatalogState,
  type CommandMetadata,
  DomainError,
  type HeldPlaces,
  applyPromoCode,
  checkoutable,
  inventoryPartitionId,
  priceTickets,
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
  /** What the buyer pays: `listed` less the promo code's discounts. */
  tickets: BookingTicket[];
  promo?: BookingPromo;
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
      });
    }
    const catalog = await this.catalogs.current(eventId);
    const places = held.reduce((n, h) => n + h.quantity, 0);
    const { holds, tickets: listed } = priceTickets(catalog, held, ticketIds(places));
    if (catalog.status === 'none') throw new Error(`Event ${eventId} vanished`); // priceTickets refuses it first
    const { organizerId } = catalog;
    if (request.promoCode === undefined) return { catalog, organizerId, held, holds, listed, tickets: listed };
    const promoId = promoCodeId(organizerId, request.promoCode);
    const code = await this.pipeline.read(promoCodeModel, promoId);
    const applied = applyPromoCode(
      code,
      { eventId, eventOrganizerId: organizerId, buyerId: metadata.actor.userId, now: metadata.now, bookingId },
      listed,
    );
    const { tickets, promo } = withPromo(listed, applied);
    return { catalog, organizerId, held, holds, listed, tickets, promo };
  }
}
