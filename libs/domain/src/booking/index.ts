export * from './booking.events';
export * from './booking.commands';
export * from './booking.decider';
export { MAX_TICKETS_PER_BOOKING, PAYMENT_WINDOW_SECONDS } from './booking.decide';
export { type BookingState, type BookingStatus, initialBookingState } from './booking.state';
export * from './booking.streams';
export * from './booking.pricing';
export * from './payment';
export * from './booking.context';
