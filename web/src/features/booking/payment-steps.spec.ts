import { describe, expect, it } from 'vitest';
import {
  awaitingAuthentication,
  challengePath,
  declineMessage,
  paymentUnderWay,
  safeReturnPath,
} from './booking-status';
import type { BookingPayment } from './booking.types';

const intent = `pi_${'ab'.repeat(16)}`;
const url = `/payments/test-mode/challenge/${intent}?return=%2Fbookings%2Fb1`;
const payment = (status: BookingPayment['status'], extra: Partial<BookingPayment> = {}): BookingPayment => ({
  paymentId: 'p',
  amount: { amount: 100, currency: 'EUR' },
  status,
  ...extra,
});

describe('payment steps', () => {
  it('follows only the embedded provider’s challenge page', () => {
    expect(challengePath(url)).toBe(url);
    expect(challengePath('https://evil.example/3ds')).toBeUndefined();
    expect(challengePath('//evil.example/payments/test-mode/challenge/x')).toBeUndefined();
    expect(challengePath(undefined)).toBeUndefined();
  });

  it('goes back only to a path of this app', () => {
    expect(safeReturnPath('/bookings/b1')).toBe('/bookings/b1');
    expect(safeReturnPath('https://evil.example')).toBe('/me/bookings');
    expect(safeReturnPath('//evil.example')).toBe('/me/bookings');
    expect(safeReturnPath('/\\evil.example')).toBe('/me/bookings');
    expect(safeReturnPath(null, '/x')).toBe('/x');
  });

  it('knows a payment waiting for 3-D Secure or for the provider', () => {
    const waiting = {
      status: 'pending-payment' as const,
      payments: [payment('requires_action', { nextActionUrl: url })],
    };
    expect(awaitingAuthentication(waiting)).toBe(url);
    expect(paymentUnderWay(waiting)).toBe(true);
    expect(paymentUnderWay({ status: 'pending-payment', payments: [payment('declined')] })).toBe(false);
    expect(paymentUnderWay({ status: 'confirmed', payments: [payment('processing')] })).toBe(false);
    expect(awaitingAuthentication({ payments: [payment('requires_action'), payment('declined')] })).toBeUndefined();
  });

  it('says why a card was declined in words', () => {
    expect(declineMessage('stolen_card')).toMatch(/another card/);
    expect(declineMessage('authentication_failed')).toMatch(/3-D Secure/);
    expect(declineMessage('insufficient_funds')).toMatch(/insufficient funds/);
  });
});
