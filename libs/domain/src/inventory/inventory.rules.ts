import { DomainError } from '../kernel';
import type { HoldSeats, SalesRules } from './inventory.commands';
import type { InventoryState } from './inventory.state';

/** The most places one hold takes whatever the event allows (the request limit of the API). */
export const MAX_SEATS_PER_HOLD = 20;

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

/** `now` inside the sales window, if the event has one. */
export function requireSalesWindow({ opensAt, closesAt }: SalesRules, at: Date): void {
  const now = at.getTime();
  if (opensAt !== undefined && now < Date.parse(opensAt)) {
    throw DomainError.conflict('inventory.sales-not-open', `Sales for this event open at ${opensAt}`, { opensAt });
  }
  if (closesAt !== undefined && now >= Date.parse(closesAt)) {
    throw DomainError.conflict('inventory.sales-closed', `Sales for this event closed at ${closesAt}`, { closesAt });
  }
}

/** A whole number of places from 1 to the event's per-order limit (never above MAX_SEATS_PER_HOLD). */
export function requireOrderSize(quantity: number, rules: SalesRules): void {
  if (!Number.isSafeInteger(quantity) || quantity < 1 || quantity > MAX_SEATS_PER_HOLD) {
    throw DomainError.validation(
      'inventory.bad-quantity',
      `quantity must be a whole number from 1 to ${MAX_SEATS_PER_HOLD}`,
      { field: 'quantity' },
    );
  }
  const max = Math.min(rules.maxPerOrder, MAX_SEATS_PER_HOLD);
  if (quantity > max) {
    throw DomainError.validation(
      'inventory.order-limit',
      `At most ${max} ticket${max === 1 ? '' : 's'} per order for this event, ${quantity} requested`,
      { field: 'quantity', max, requested: quantity },
    );
  }
}
