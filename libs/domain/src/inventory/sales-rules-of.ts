import { type CatalogState, EVENT_LIMITS, salesPeriodOf } from '../catalog';
import type { SalesRules } from './inventory.commands';
import type { SalesLayout } from './hold-section';
import { MAX_SEATS_PER_HOLD } from './inventory.rules';

/**
 * The sales rules an event's catalog sets for its inventory. Unset, an order takes up to
 * MAX_SEATS_PER_HOLD, sales run from publication until the event starts, a buyer may place any
 * number of orders (the organizer opts in to a per-buyer limit) and a sold-out event keeps a
 * waitlist (the organizer opts out). An unknown event has no rules: the inventory answers
 * "not on sale" for it.
 */
export function salesRulesOf(catalog: CatalogState): SalesRules {
  if (catalog.status === 'none') return { maxPerOrder: 0 };
  const { maxTicketsPerOrder, maxTicketsPerBuyer, allowLoneSeats, waitlist } = catalog.details;
  return {
    maxPerOrder: maxTicketsPerOrder ?? MAX_SEATS_PER_HOLD,
    ...salesPeriodOf(catalog.details, catalog.startsAt),
    ...(maxTicketsPerBuyer ? { maxPerBuyer: maxTicketsPerBuyer } : {}),
    ...(allowLoneSeats ? { allowLoneSeats } : {}),
    ...(waitlist === false ? { waitlistOff: true } : {}),
  };
}

/** How long a waitlist offer keeps its places for the person it goes to, in seconds. */
export function waitlistOfferSecondsOf(catalog: CatalogState): number {
  const minutes =
    catalog.status === 'none'
      ? EVENT_LIMITS.waitlistOfferMinutes.default
      : (catalog.details.waitlistOfferMinutes ?? EVENT_LIMITS.waitlistOfferMinutes.default);
  return minutes * 60;
}

/** Where the catalog says an event sells, for the inventory's `holdSection` rule. */
export function salesLayoutOf(catalog: CatalogState): SalesLayout {
  if (catalog.status !== 'published') return { published: false, sections: [], retiredSections: [] };
  return {
    published: true,
    sections: catalog.seating?.plan.sections.map((s) => s.id) ?? [],
    retiredSections: catalog.retiredSections,
  };
}
