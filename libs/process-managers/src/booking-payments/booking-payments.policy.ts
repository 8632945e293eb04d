import { bookingModel } from '@booking/command-pipeline';
import { definePolicy } from '../policy';
import { sellSeats } from '../booking-seats/booking-seats.policy';

/**
 * A payment's outcome → its booking. Declined: the booking learns it (the buyer may pay again).
 * Succeeded: the booking stream settles it (confirmed if still pending, else a refund request;
 * a payment settled again changes nothing), and a booking this payment confirmed has its seats
 * sold at once (the booking-seats policy would too, from BookingConfirmed; both are no-ops the
 * second time).
 */
export const bookingPayments = definePolicy({
  id: 'policy:booking-payments',
  on: ['PaymentSucceeded', 'PaymentFailed'],
  async handle(event, context) {
    const { bookingId, paymentId } = event.data;
    if (event.type === 'PaymentFailed') {
      await context.execute(bookingModel, bookingId, {
        type: 'RecordPaymentDeclined',
        data: { bookingId, paymentId, reason: event.data.reason },
      });
      return;
    }
    const { state } = await context.execute(bookingModel, bookingId, {
      type: 'SettlePayment',
      data: { bookingId, paymentId, amount: event.data.amount },
    });
    if (state.status === 'confirmed' && state.paidBy === paymentId) await sellSeats(state, context);
  },
});
