import { DomainError } from '../kernel';
import type { HoldSeats, SalesRules } from './inventory.commands';
import type { InventoryState } from './inventory.state';

/** The most places one hold takes whatever the event allows (the request limit of the API). */
export const MAX_SEATS_PER_HOLD = 20;
/** The most places one hold takes with an approved group request (docs/booking.md, "Group booking"). */
export const MAX_GROUP_SIZE = 100;

/**
 * A hold needs the partition open and `now` inside the sales window: from `opensAt` (inclusive)
 * until `closesAt` (exclusive). Outside it the partition stays open; only holds are refused, so a
 * window moved by the organizer takes effect at once without touching the inventory.
 */
export function requireOnSale({ data, metadata }: HoldSeats, state: InventoryState): void {
  if (state.status !== 'open') {
    const why = state.status === 'ended' ? 'sales have closed' : 'unknown or not published';
    throw DomainError.notFound('inventory.not-on-sale', `Event ${data.eventId} is not on sale (${why})`);
  }
  requireSalesWindow(data.rules, metadata.now);
}

/** Whether a hold now is a presale one: before the window opens (allowed only with `presale`). */
export const beforeSalesOpen = ({ opensAt }: SalesRules, at: Date): boolean =>
  opensAt !== undefined && at.getTime() < Date.parse(opensAt);

/** `now` inside the sales window, if the event has one; with `presale`, before its opening too. */
export function requireSalesWindow(rules: SalesRules, at: Date): void {
  const outside = outsideSalesWindow(rules, at);
  if (outside) throw outside;
}

/** Why `at` is outside the sales window (not open yet, or closed), or undefined inside it. */
export function outsideSalesWindow({ opensAt, closesAt, presale }: SalesRules, at: Date): DomainError | undefined {
  const now = at.getTime();
  if (opensAt !== undefined && now < Date.parse(opensAt) && presale !== true) {
    return DomainError.conflict('inventory.sales-not-open', `Sales for this event open at ${opensAt}`, { opensAt });
  }
  if (closesAt !== undefined && now >= Date.parse(closesAt)) {
    return DomainError.conflict('inventory.sales-closed', `Sales for this event closed at ${closesAt}`, { closesAt });
  }
  return undefined;
}

/**
 * A whole number of places from 1 to the event's per-order limit (never above MAX_SEATS_PER_HOLD),
 * or to the size of an approved group request the hold spends (`groupGrant`, at most MAX_GROUP_SIZE).
 */
export function requireOrderSize(quantity: number, rules: SalesRules): void {
  const ceiling = rules.groupGrant !== undefined ? MAX_GROUP_SIZE : MAX_SEATS_PER_HOLD;
  if (!Number.isSafeInteger(quantity) || quantity < 1 || quantity > ceiling) {
    throw DomainError.validation('inventory.bad-quantity', `quantity must be a whole number from 1 to ${ceiling}`, {
      field: 'quantity',
    });
  }
  const max =
    rules.groupGrant !== undefined
      ? Math.min(Math.max(rules.groupGrant, rules.maxPerOrder), MAX_GROUP_SIZE)
      : Math.min(rules.maxPerOrder, MAX_SEATS_PER_HOLD);
  if (quantity > max) {
    throw DomainError.validation(
      'inventory.order-limit',
      `At most ${max} ticket${max === 1 ? '' : 's'} per order for this event, ${quantity} requested`,
      { field: 'quantity', max, requested: quantity },
    );
  }
}
