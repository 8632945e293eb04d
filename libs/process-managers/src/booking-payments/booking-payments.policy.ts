import { bookingModel } from '@booking/command-pipeline';
import { definePolicy } from '../policy';
import { sellSeats } from '../booking-seats/booking-seats.policy';

/**
 * A payment attempt's outcome → its booking. Declined or canceled: the booking learns it (the
 * buyer may pay again, as a new attempt). Succeeded: the booking stream settles it (confirmed if
 * still pending, else a refund request; a payment settled again changes nothing), and a booking
 * this payment confirmed has its seats sold at once (the booking-seats policy would too, from
 * BookingConfirmed; both are no-ops the second time). 3-D Secure and processing change nothing
 * on the booking: the attempt stays under way.
 */
export const bookingPayments = definePolicy({
  id: 'policy:booking-payments',
  on: ['PaymentSucceeded', 'PaymentFailed', 'PaymentCanceled'],
  async handle(event, context) {
    const { bookingId, paymentId } = event.data;
    if (event.type === 'PaymentFailed' || event.type === 'PaymentCanceled') {
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
