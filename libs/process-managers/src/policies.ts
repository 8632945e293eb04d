import { bookingPayments } from './booking-payments/booking-payments.policy';
import { bookingSeats } from './booking-seats/booking-seats.policy';
import { issueInvoices } from './issue-invoices/issue-invoices.policy';
import { eventCancellation } from './event-cancellation/event-cancellation.policy';
import { openInventory } from './open-inventory/open-inventory.policy';
import { promoUses } from './promo-uses/promo-uses.policy';
import type { Policy } from './policy';
import { refundPayments } from './refund-payments/refund-payments.policy';
import { waitlistOffers } from './waitlist-offers/waitlist-offers.policy';
import { webhookNotifications } from './webhook-notifications/webhook-notifications.policy';

/** The table of policies the projector runs, each from its own checkpoint: a new policy joins here. */
export const POLICIES: readonly Policy[] = [
  openInventory,
  eventCancellation,
  bookingSeats,
  bookingPayments,
  promoUses,
  waitlistOffers,
  webhookNotifications,
  issueInvoices,
  refundPayments,
];
