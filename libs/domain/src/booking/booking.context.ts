import { boundedContext, streamModel } from '../kernel';
import { bookingDecider } from './booking.decider';
import { bookingSchema } from './booking.events';
import { BOOKING_CATEGORY } from './booking.streams';
import { paymentSchema, PAYMENT_CATEGORY } from './payment';
import { paymentDecider } from './payment.decide';
import { REFUND_CATEGORY, refundSchema } from './refund';
import { refundDecider } from './refund.decide';

/** A checkout and what becomes of it: one stream per booking. */
export const bookingModel = streamModel(BOOKING_CATEGORY, bookingDecider, bookingSchema);

/** One payment attempt of a booking, as its provider answered. */
export const paymentModel = streamModel(PAYMENT_CATEGORY, paymentDecider, paymentSchema);

/** One refund of a booking's payment, from its request to the provider's answer (or finance's hand). */
export const refundModel = streamModel(REFUND_CATEGORY, refundDecider, refundSchema);

export const bookingContext = boundedContext('booking', [bookingModel, paymentModel, refundModel]);
