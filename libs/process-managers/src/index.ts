export * from './policy';
export * from './policy-executor';
export * from './process-managers.module';
export * from './policies';
export { openInventory } from './open-inventory/open-inventory.policy';
export { eventCancellation } from './event-cancellation/event-cancellation.policy';
export { bookingSeats } from './booking-seats/booking-seats.policy';
export { bookingPayments } from './booking-payments/booking-payments.policy';
export { promoUses } from './promo-uses/promo-uses.policy';
