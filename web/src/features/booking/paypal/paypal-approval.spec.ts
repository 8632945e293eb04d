import { afterEach, describe, expect, it, vi } from 'vitest';
import { payBooking } from '../booking.api';
import type { BookingPayment } from '../booking.types';
import {
  approvalUrl,
  followPayPalAnswer,
  initialPayMethod,
  PAY_WITH_PAYPAL,
  payPalOffered,
  payPalWaiting,
} from './paypal-approval';

const paypal = { standIn: false, approvalOrigin: 'https://www.sandbox.paypal.com' };
const standIn = { standIn: true, approvalOrigin: 'http://127.0.0.1:4010' };
const approval = 'https://www.sandbox.paypal.com/checkoutnow?token=5O190127TN364715T';
const waiting = (url: string): BookingPayment => ({
  paymentId: 'p1',
  amount: { amount: 4200, currency: 'EUR' },
  status: 'requires_action',
  nextActionUrl: url,
});

describe('the PayPal choice', () => {
  it('is offered only where the settings name PayPal with an http(s) approval origin', () => {
    expect(payPalOffered({})).toBeUndefined();
    expect(payPalOffered({ paypal })).toBe(paypal);
    expect(payPalOffered({ paypal: standIn })).toBe(standIn);
    expect(payPalOffered({ paypal: { standIn: false, approvalOrigin: 'javascript:alert(1)' } })).toBeUndefined();
    expect(payPalOffered({ paypal: { standIn: false, approvalOrigin: 'paypal' } })).toBeUndefined();
  });

  it('opens on Card, or on PayPal where a PayPal payment waits for the buyer', () => {
    expect(initialPayMethod({ payments: [] }, paypal, undefined)).toBe('card');
    expect(initialPayMethod({ payments: [waiting(approval)] }, paypal, undefined)).toBe('paypal');
    expect(initialPayMethod({ payments: [] }, paypal, { status: 'requires_action' })).toBe('paypal');
    expect(initialPayMethod({ payments: [] }, paypal, { status: 'declined' })).toBe('card');
  });
});

describe('following PayPal’s approval page', () => {
  it('follows a URL on the approval origin only', () => {
    expect(approvalUrl(approval, paypal.approvalOrigin)).toBe(approval);
    expect(approvalUrl(approval, 'https://www.sandbox.paypal.com/')).toBe(approval);
    expect(approvalUrl('http://127.0.0.1:4010/checkoutnow?token=ABCDEFGHIJ1234567', standIn.approvalOrigin)).toBe(
      'http://127.0.0.1:4010/checkoutnow?token=ABCDEFGHIJ1234567',
    );
    for (const other of [
      'https://evil.example/checkoutnow?token=X',
      'https://www.sandbox.paypal.com.evil.example/checkoutnow',
      'http://www.sandbox.paypal.com/checkoutnow', // another scheme is another origin
      'https://www.paypal.com/checkoutnow', // live PayPal where the sandbox is configured
      '//www.sandbox.paypal.com/checkoutnow',
      '/checkoutnow?token=X',
      'javascript:alert(1)',
    ]) {
      expect(approvalUrl(other, paypal.approvalOrigin)).toBeUndefined();
    }
    expect(approvalUrl(undefined, paypal.approvalOrigin)).toBeUndefined();
    expect(approvalUrl('null', 'null')).toBeUndefined();
  });

  it('assigns the location for PayPal’s page and refuses any other', () => {
    const assign = vi.fn();
    const nextAction = { type: 'redirect_to_url', url: approval };
    expect(followPayPalAnswer({ status: 'requires_action', nextAction }, paypal.approvalOrigin, assign)).toEqual({
      kind: 'follow',
      url: approval,
    });
    expect(assign).toHaveBeenCalledExactlyOnceWith(approval);

    assign.mockClear();
    const elsewhere = { type: 'redirect_to_url', url: 'https://evil.example/checkoutnow?token=X' };
    expect(
      followPayPalAnswer({ status: 'requires_action', nextAction: elsewhere }, paypal.approvalOrigin, assign),
    ).toEqual({ kind: 'refused', url: elsewhere.url });
    expect(followPayPalAnswer({ status: 'declined' }, paypal.approvalOrigin, assign)).toEqual({ kind: 'stay' });
    expect(assign).not.toHaveBeenCalled();
  });

  it('offers to continue a payment waiting on PayPal, not one waiting elsewhere', () => {
    expect(payPalWaiting({ payments: [waiting(approval)] }, paypal.approvalOrigin)).toBe(approval);
    expect(payPalWaiting({ payments: [waiting('/payments/test-mode/challenge/pi_x')] }, paypal.approvalOrigin)).toBe(
      undefined,
    );
    expect(payPalWaiting({ payments: [] }, paypal.approvalOrigin)).toBeUndefined();
  });
});

describe('paying with PayPal (fetch stand-in answering as the API documents)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('posts {paypal: true} with an Idempotency-Key, and the answer names PayPal’s page to follow', async () => {
    const requests: { path: string; init: RequestInit }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string, init: RequestInit) => {
        requests.push({ path, init });
        return Response.json({
          paymentId: 'p1',
          bookingId: 'b1',
          status: 'requires_action',
          intentId: '5O190127TN364715T',
          nextAction: { type: 'redirect_to_url', url: approval },
          amount: { amount: 4200, currency: 'EUR' },
          bookingStatus: 'pending-payment',
          position: '12',
        });
      }),
    );
    const result = await payBooking('b1', PAY_WITH_PAYPAL, 'key-1');
    expect(requests).toHaveLength(1);
    expect(requests[0].path).toBe('/api/bookings/b1/payments');
    expect(requests[0].init.method).toBe('POST');
    expect(JSON.parse(String(requests[0].init.body))).toEqual({ paypal: true });
    expect(new Headers(requests[0].init.headers).get('Idempotency-Key')).toBe('key-1');

    const assign = vi.fn();
    followPayPalAnswer(result, paypal.approvalOrigin, assign);
    expect(assign).toHaveBeenCalledExactlyOnceWith(approval);
    assign.mockClear();
    followPayPalAnswer(result, standIn.approvalOrigin, assign);
    expect(assign).not.toHaveBeenCalled();
  });
});
