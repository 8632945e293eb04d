import { money } from '@booking/domain';
import { fromPayPalAmount, intentOfOrder, ourIds, recordOfTransaction, toPayPalAmount } from './paypal-objects';

describe("PayPal's objects as the payment port's", () => {
  it('writes and reads amounts as exact decimal strings in the currency’s own digits', () => {
    expect(toPayPalAmount(money(2505, 'EUR'))).toEqual({ currency_code: 'EUR', value: '25.05' });
    expect(toPayPalAmount(money(1200, 'JPY'))).toEqual({ currency_code: 'JPY', value: '1200' });
    expect(fromPayPalAmount({ currency_code: 'EUR', value: '25.05' })).toEqual(money(2505, 'EUR'));
    expect(fromPayPalAmount({ currency_code: 'EUR', value: '25.5' })).toEqual(money(2550, 'EUR'));
    expect(fromPayPalAmount({ currency_code: 'EUR', value: '-3.00' })).toEqual(money(-300, 'EUR'));
    expect(fromPayPalAmount({ currency_code: 'JPY', value: '1200' })).toEqual(money(1200, 'JPY'));
    expect(fromPayPalAmount({ currency_code: 'EUR', value: '0.1234' })).toBeUndefined();
    expect(fromPayPalAmount({ currency_code: 'EUR', value: '1e3' })).toBeUndefined();
    expect(fromPayPalAmount({ currency_code: 'eur', value: '1.00' })).toBeUndefined();
  });

  it('finds our ids only in a custom_id of exactly two parts', () => {
    expect(ourIds('p:b')).toEqual(['p', 'b']);
    expect(ourIds('p')).toBeUndefined();
    expect(ourIds('p:b:c')).toBeUndefined();
    expect(ourIds(undefined)).toBeUndefined();
  });

  const unit = { custom_id: 'p1:b1', reference_id: 'b1', amount: { currency_code: 'EUR', value: '25.00' } };
  it.each([
    ['CREATED', {}, { status: 'requires_payment_method' }],
    [
      'PAYER_ACTION_REQUIRED',
      { links: [{ rel: 'payer-action', href: 'https://www.paypal.com/checkoutnow?token=O1' }] },
      {
        status: 'requires_action',
        nextAction: { type: 'redirect_to_url', url: 'https://www.paypal.com/checkoutnow?token=O1' },
      },
    ],
    ['APPROVED', {}, { status: 'processing' }],
    ['VOIDED', {}, { status: 'canceled' }],
  ] as const)('reads an order %s', (status, extra, expected) => {
    expect(intentOfOrder({ id: 'O1', status, purchase_units: [unit], ...extra })).toMatchObject({
      id: 'O1',
      amount: money(2500, 'EUR'),
      metadata: { paymentId: 'p1', bookingId: 'b1', idempotencyKey: 'attempt-p1' },
      ...expected,
    });
  });

  it('reads a completed order by its capture: completed is the charge, pending is processing, declined a decline', () => {
    const completed = (status: 'COMPLETED' | 'PENDING' | 'DECLINED') =>
      intentOfOrder({
        id: 'O1',
        status: 'COMPLETED',
        purchase_units: [{ ...unit, payments: { captures: [{ id: 'C1', status }] } }],
      });
    expect(completed('COMPLETED')).toMatchObject({ status: 'succeeded', chargeId: 'C1' });
    expect(completed('PENDING')).toMatchObject({ status: 'processing' });
    expect(completed('DECLINED')).toMatchObject({
      status: 'requires_payment_method',
      lastPaymentError: { declineCode: 'capture_declined' },
    });
  });

  it('knows no order without our ids', () => {
    expect(intentOfOrder({ id: 'O2', status: 'CREATED', purchase_units: [{ amount: unit.amount }] })).toBeUndefined();
  });

  it('reads Transaction Search rows as charges and refunds (refunds shown negative by PayPal)', () => {
    const row = (code: string, value: string, custom: string, status = 'S') => ({
      transaction_info: {
        transaction_id: `T-${code}`,
        transaction_event_code: code,
        transaction_initiation_date: '2027-03-01T10:00:00+0000',
        transaction_amount: { currency_code: 'EUR', value },
        transaction_status: status,
        custom_field: custom,
      },
    });
    expect(recordOfTransaction(row('T0006', '25.00', 'p1:b1'))).toEqual({
      kind: 'charge',
      id: 'T-T0006',
      amount: money(2500, 'EUR'),
      status: 'succeeded',
      createdAt: '2027-03-01T10:00:00.000Z',
      paymentId: 'p1',
      bookingId: 'b1',
    });
    expect(recordOfTransaction(row('T1107', '-5.00', 'r1:b1', 'P'))).toMatchObject({
      kind: 'refund',
      amount: money(500, 'EUR'),
      status: 'pending',
      refundId: 'r1',
      bookingId: 'b1',
    });
  });
});
