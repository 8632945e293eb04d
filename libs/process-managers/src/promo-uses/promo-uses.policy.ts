import { bookingModel, promoCodeModel } from '@booking/command-pipeline';
import { definePolicy } from '../policy';

/**
 * A booking that ends unsold (expired, or cancelled before or after it was paid) gives its promo
 * code's use back, so the code's limits count only bookings that stand. The booking stream knows
 * which code it used; ReleasePromoCode is a no-op for a use already given back.
 */
export const promoUses = definePolicy({
  id: 'policy:promo-uses',
  on: ['BookingExpired', 'BookingCancelled'],
  async handle(event, { read, execute }) {
    const { bookingId, reason } = event.data;
    const booking = await read(bookingModel, bookingId);
    if (booking.status === 'none' || !booking.promoId) return;
    await execute(promoCodeModel, booking.promoId, {
      type: 'ReleasePromoCode',
      data: { promoId: booking.promoId, bookingId, reason },
    });
  },
});
