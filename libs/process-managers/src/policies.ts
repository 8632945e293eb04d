import { bookingPayments } from './booking-payments/booking-payments.policy';
import { bookingSeats } from './booking-seats/booking-seats.policy';
import { eventCancellation } from './event-cancellation/event-cancellation.policy';
import { openInventory } from './open-inventory/open-inventory.policy';
import { promoUses } from './promo-uses/promo-uses.policy';
import type { Policy } from './policy';

/** The table of policies the projector runs, each from its own checkpoint: a new policy joins here. */
export const POLICIES: readonly Policy[] = [openInventory, eventCancellation, bookingSeats, bookingPayments, promoUses];
