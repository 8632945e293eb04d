import { boundedContext, streamModel } from '../kernel';
import { bookingDecider } from './booking.decider';
import { bookingSchema } from './booking.events';
import { BOOKING_CATEGORY } from './booking.streams';
import { paymentDecider, paymentSchema, PAYMENT_CATEGORY } from './payment';

/** A checkout and what becomes of it: one stream per booking. */
export const bookingModel = streamModel(BOOKING_CATEGORY, bookingDecider, bookingSchema);

/** One payment attempt of a booking, as its provider answered. */
export const paymentModel = streamModel(PAYMENT_CATEGORY, paymentDecider, paymentSchema);

export const bookingContext = boundedContext('booking', [bookingModel, paymentModel]);
