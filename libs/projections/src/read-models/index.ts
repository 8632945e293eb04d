import { accountsProjection } from './accounts.projection';
import { approvalChangesProjection } from './approval-changes.projection';
import { bookingsProjection } from './bookings.projection';
import { checkInsProjection } from './check-ins.projection';
import { catalogEventsProjection } from './catalog-events.projection';
import { categoriesProjection } from './categories.projection';
import { eventAvailabilityProjection } from './event-availability.projection';
import { eventOrdersProjection } from './event-orders.projection';
import { groupRequestsProjection } from './group-requests.projection';
import { holdsProjection } from './holds.projection';
import { invoiceSettingsProjection, invoicesProjection } from './invoices.projection';
import { ledgerProjection } from './ledger.projection';
import { paymentAttemptsProjection } from './payment-attempts.projection';
import { promoCodesProjection } from './promo-codes.projection';
import { refundsProjection } from './refunds.projection';
import { seatingPlansProjection } from './seating-plans.projection';
import { securityEventsProjection } from './security-events.projection';
import { sessionsProjection } from './sessions.projection';
import { waitlistProjection } from './waitlist.projection';
import { walletsProjection } from './wallets.projection';
import { webhookDeliveriesProjection, webhookEndpointsProjection } from './webhooks.projection';

export * from './accounts.projection';
export * from './approval-changes.projection';
export * from './bookings.projection';
export * from './check-ins.projection';
export * from './detail-changes';
export * from './catalog-events.projection';
export * from './categories.projection';
export * from './event-availability.projection';
export * from './event-orders.projection';
export * from './group-requests.projection';
export * from './holds.projection';
export * from './invoices.projection';
export * from './ledger.projection';
export * from './payment-attempts.projection';
export * from './promo-codes.projection';
export * from './refunds.projection';
export * from './seating-plans.projection';
export * from './security-events.projection';
export * from './sessions.projection';
export * from './inventory-counts';
export * from './waitlist.projection';
export * from './wallets.projection';
export * from './webhooks.projection';

export const ALL_PROJECTIONS = [
  catalogEventsProjection,
  eventAvailabilityProjection,
  holdsProjection,
  seatingPlansProjection,
  accountsProjection,
  sessionsProjection,
  securityEventsProjection,
  categoriesProjection,
  approvalChangesProjection,
  bookingsProjection,
  promoCodesProjection,
  eventOrdersProjection,
  checkInsProjection,
  waitlistProjection,
  groupRequestsProjection,
  webhookEndpointsProjection,
  webhookDeliveriesProjection,
  invoicesProjection,
  invoiceSettingsProjection,
  refundsProjection,
  ledgerProjection,
  paymentAttemptsProjection,
  walletsProjection,
] as const;
