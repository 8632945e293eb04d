import {
  type CatalogState,
  MAX_SEATS_PER_HOLD,
  type SalesLayout,
  type SalesRules,
  salesPeriodOf,
} from '@booking/domain';

/**
 * The sales rules an event's catalog sets for its holds. Unset, an order takes up to
 * MAX_SEATS_PER_HOLD, sales run from publication until the event starts, and a buyer may place
 * any number of orders (the organizer opts in to a per-buyer limit). An unknown event has no
 * rules: the inventory answers "not on sale" for it.
 */
export function salesRulesOf(catalog: CatalogState): SalesRules {
  if (catalog.status === 'none') return { maxPerOrder: 0 };
  const { maxTicketsPerOrder, maxTicketsPerBuyer, allowLoneSeats } = catalog.details;
  return {
    maxPerOrder: maxTicketsPerOrder ?? MAX_SEATS_PER_HOLD,
    ...salesPeriodOf(catalog.details, catalog.startsAt),
    ...(maxTicketsPerBuyer ? { maxPerBuyer: maxTicketsPerBuyer } : {}),
    ...(allowLoneSeats ? { allowLoneSeats } : {}),
  };
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
