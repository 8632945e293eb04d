export * from './booking.events';
export * from './booking.commands';
export * from './booking.decider';
export { MAX_TICKETS_PER_BOOKING, PAYMENT_WINDOW_SECONDS } from './booking.decide';
export {
  type BookingState,
  type BookingStatus,
  currentReissue,
  initialBookingState,
  validTickets,
} from './booking.state';
export { isEmailAddress } from './booking.transfer';
export * from './booking.cancellation';
export * from './booking.streams';
export * from './booking.pricing';
export * from './payment';
export * from './payment.decide';
export * from './refund';
export * from './refund.decide';
export { refundableOf } from './booking.refund';
export * from './booking.context';
