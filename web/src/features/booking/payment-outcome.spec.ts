import { describe, expect, it } from 'vitest';
import { declineMessage } from './booking-status';
import type { BookingPayment } from './booking.types';
import { carriedPaymentNotice, carriedPaymentOf, carryPayment, type CarriedPayment } from './payment-outcome';

const declined: CarriedPayment = {
  via: 'paypal',
  step: 'return',
  bookingId: 'b1',
  paymentId: 'p1',
  status: 'declined',
  reason: 'instrument_declined',
};
const payment = (paymentId: string): BookingPayment => ({
  paymentId,
  amount: { amount: 4200, currency: 'EUR' },
  status: 'declined',
});

describe('an outcome carried to the booking page', () => {
  it('is read back for its booking, while it is the last attempt (or the booking does not name it yet)', () => {
    const state = carryPayment(declined);
    expect(carriedPaymentOf(state, { bookingId: 'b1', payments: [] })).toEqual(declined);
    expect(carriedPaymentOf(state, { bookingId: 'b1', payments: [payment('p0'), payment('p1')] })).toEqual(declined);
    expect(carriedPaymentOf(state, { bookingId: 'b1', payments: [payment('p1'), payment('p2')] })).toBeUndefined();
    expect(carriedPaymentOf(state, { bookingId: 'b2', payments: [] })).toBeUndefined();
  });

  it('ignores whatever else the history state holds', () => {
    const booking = { bookingId: 'b1', payments: [] };
    expect(carriedPaymentOf(null, booking)).toBeUndefined();
    expect(carriedPaymentOf({ placed: true }, booking)).toBeUndefined();
    expect(carriedPaymentOf({ payment: { ...declined, status: 'paid' } }, booking)).toBeUndefined();
    expect(carriedPaymentOf({ payment: { ...declined, via: 'stripe' } }, booking)).toBeUndefined();
    expect(carriedPaymentOf({ payment: { ...declined, reason: 42 } }, booking)).toBeUndefined();
    expect(carriedPaymentOf({ payment: { ...declined, extra: '<b>' } }, booking)).toEqual(declined);
  });

  it('says in words what happened', () => {
    expect(declineMessage(declined.reason)).toBe('PayPal declined the funding source; choose another way to pay.');
    expect(carriedPaymentNotice(declined)).toBeUndefined(); // PaymentDeclined says it
    expect(carriedPaymentNotice({ ...declined, step: 'cancel', status: 'canceled', reason: undefined })).toMatch(
      /^You left PayPal; nothing was charged/,
    );
    expect(carriedPaymentNotice({ ...declined, status: 'canceled' })).toMatch(/nothing was charged/);
    expect(carriedPaymentNotice({ ...declined, status: 'processing' })).toMatch(/still processing/);
    expect(carriedPaymentNotice({ ...declined, status: 'succeeded' })).toBeUndefined();
  });
});
