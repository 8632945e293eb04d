import { type CatalogState, MAX_SEATS_PER_HOLD, type SalesRules, salesPeriodOf } from '@booking/domain';

/**
 * The sales rules an event's catalog sets for its holds. Unset, an order takes up to
 * MAX_SEATS_PER_HOLD, sales run from publication until the event starts, and a buyer may place
 * any number of orders (the organizer opts in to a per-buyer limit).
 */
export function salesRulesOf(catalog: Exclude<CatalogState, { status: 'none' }>): SalesRules {
  const { maxTicketsPerOrder, maxTicketsPerBuyer } = catalog.details;
  return {
    maxPerOrder: maxTicketsPerOrder ?? MAX_SEATS_PER_HOLD,
    ...salesPeriodOf(catalog.details, catalog.startsAt),
    ...(maxTicketsPerBuyer ? { maxPerBuyer: maxTicketsPerBuyer } : {}),
  };
}
