import { type CatalogState, MAX_SEATS_PER_HOLD, type SalesRules } from '@booking/domain';

/**
 * The sales rules an event's catalog sets for its holds. Unset, an order takes up to
 * MAX_SEATS_PER_HOLD and sales run from publication until the event starts.
 */
export function salesRulesOf(catalog: Exclude<CatalogState, { status: 'none' }>): SalesRules {
  const { maxTicketsPerOrder, salesWindow } = catalog.details;
  return {
    maxPerOrder: maxTicketsPerOrder ?? MAX_SEATS_PER_HOLD,
    ...(salesWindow
      ? { opensAt: salesWindow.opensAt, closesAt: salesWindow.closesAt }
      : { closesAt: catalog.startsAt }),
  };
}
