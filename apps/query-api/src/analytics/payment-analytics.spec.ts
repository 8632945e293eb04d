import type { LedgerEntry, PaymentAttemptDoc } from '@booking/projections';
import { rangeOf } from './analytics.request';
import { daysOf, paymentAnalytics } from './payment-analytics';

let position = 0;
const entry = (
  eventType: string,
  day: string,
  amount: number,
  lines: [string, string],
  eventId = 'ev1',
  currency = 'EUR',
): LedgerEntry => ({
  entryId: `e${++position}`,
  eventType,
  bookingId: `b${position}`,
  eventId,
  stream: 's',
  position,
  occurredAt: `${day}T12:00:00.000Z`,
  currency,
  description: '',
  lines: [
    { account: lines[0], debit: amount, credit: 0 },
    { account: lines[1], debit: 0, credit: amount },
  ],
});
const paid = (day: string, amount: number, eventId = 'ev1', currency = 'EUR') => [
  entry('PaymentSucceeded', day, amount, ['assets:provider:test-mode', 'liabilities:buyer-funds'], eventId, currency),
  entry(
    'BookingConfirmed',
    day,
    amount,
    ['liabilities:buyer-funds', `liabilities:event:${eventId}`],
    eventId,
    currency,
  ),
];
const refunded = (day: string, amount: number, eventId = 'ev1') =>
  entry('RefundRequested', day, amount, [`liabilities:event:${eventId}`, 'liabilities:refunds-owed'], eventId);
const attempt = (status: PaymentAttemptDoc['status'], reason?: string) =>
  ({
    _id: `p${++position}`,
    _position: 1,
    bookingId: 'b',
    status,
    day: '2030-01-02',
    updatedAt: '',
    ...(reason ? { reason } : {}),
  }) as PaymentAttemptDoc;

const events = new Map([
  ['ev1', { title: 'Jazz', organizerId: 'org1' }],
  ['ev2', { title: 'Rock', organizerId: 'org2' }],
]);
const range = { from: '2030-01-01', to: '2030-01-03' };

describe('payment analytics', () => {
  const entries = [
    ...paid('2030-01-01', 5000),
    ...paid('2030-01-02', 3000),
    refunded('2030-01-02', 1000),
    ...paid('2030-01-03', 2000, 'ev2'),
    ...paid('2029-12-31', 9999), // before the range
    entry('RefundRequested', '2030-01-03', 700, ['liabilities:buyer-funds', 'liabilities:refunds-owed']), // a late payment's
  ];

  it('adds up sales, refunds, orders, average order and refund rate per currency, day, event and organizer', () => {
    const view = paymentAnalytics({
      range,
      entries,
      events,
      organizerNames: new Map([['org1', 'Olga']]),
      perOrganizer: true,
      attempts: [
        attempt('succeeded'),
        attempt('failed', 'insufficient_funds'),
        attempt('failed', 'insufficient_funds'),
        attempt('failed', 'stolen_card'),
        attempt('canceled'),
      ],
    });
    expect(view.totals).toEqual([
      { currency: 'EUR', sales: 10000, refunds: 1000, net: 9000, orders: 3, averageOrder: 3333, refundRate: 0.1 },
    ]);
    expect(view.byDay.map((d) => [d.day, d.sales, d.refunds])).toEqual([
      ['2030-01-01', 5000, 0],
      ['2030-01-02', 3000, 1000],
      ['2030-01-03', 2000, 0],
    ]);
    expect(view.byEvent.map((e) => [e.title, e.net, e.orders])).toEqual([
      ['Jazz', 7000, 2],
      ['Rock', 2000, 1],
    ]);
    expect(view.byOrganizer.map((o) => [o.organizerId, o.organizerName, o.net])).toEqual([
      ['org1', 'Olga', 7000],
      ['org2', undefined, 2000],
    ]);
    expect(view.byMethod).toEqual([{ method: 'test-mode', currency: 'EUR', amount: 10000, payments: 3 }]);
    expect(view.payments).toEqual({
      succeeded: 1,
      failed: 3,
      declineRate: 0.75,
      reasons: [
        { reason: 'insufficient_funds', count: 2 },
        { reason: 'stolen_card', count: 1 },
      ],
    });
  });

  it("keeps to one organizer's events, without organizers or payment outcomes, for an organizer", () => {
    const view = paymentAnalytics({
      range,
      entries,
      events,
      organizerNames: new Map(),
      onlyEvents: new Set(['ev2']),
      perOrganizer: false,
    });
    expect(view.totals).toEqual([
      { currency: 'EUR', sales: 2000, refunds: 0, net: 2000, orders: 1, averageOrder: 2000, refundRate: 0 },
    ]);
    expect(view.byEvent.map((e) => e.eventId)).toEqual(['ev2']);
    expect(view.byOrganizer).toEqual([]);
    expect(view.payments).toBeUndefined();
    expect(view.byMethod).toEqual([{ method: 'test-mode', currency: 'EUR', amount: 2000, payments: 1 }]);
  });

  it('reports each currency apart and fills every day of the range', () => {
    const view = paymentAnalytics({
      range,
      entries: [...paid('2030-01-02', 4000, 'ev1', 'SEK'), ...paid('2030-01-02', 100)],
      events,
      organizerNames: new Map(),
      perOrganizer: false,
    });
    expect(view.totals.map((t) => [t.currency, t.sales])).toEqual([
      ['EUR', 100],
      ['SEK', 4000],
    ]);
    expect(view.byDay).toHaveLength(6);
    expect(view.byDay.filter((d) => d.sales === 0)).toHaveLength(4);
    expect(
      paymentAnalytics({ range, entries: [], events, organizerNames: new Map(), perOrganizer: false }).byDay,
    ).toEqual([]);
  });

  it('checks the range: real dates, from ≤ to, at most 366 days, the last 30 days by default', () => {
    const today = new Date('2030-03-10T15:00:00Z');
    expect(rangeOf({}, today)).toEqual({ from: '2030-02-09', to: '2030-03-10' });
    expect(rangeOf({ from: '2030-01-01', to: '2030-12-31' }, today)).toEqual({ from: '2030-01-01', to: '2030-12-31' });
    expect(() => rangeOf({ from: '2030-02-30' }, today)).toThrow(/not a real date/);
    expect(() => rangeOf({ from: '2030-03-11', to: '2030-03-10' }, today)).toThrow(/not be after/);
    expect(() => rangeOf({ from: '2029-01-01', to: '2030-03-10' }, today)).toThrow(/at most 366 days/);
    expect(rangeOf({ from: '2031-01-01' }, today)).toEqual({ from: '2031-01-01', to: '2031-01-30' });
    expect(rangeOf({ to: '2030-01-10' }, today)).toEqual({ from: '2029-12-12', to: '2030-01-10' });
    expect(rangeOf({ from: '9999-12-20' }, today)).toEqual({ from: '9999-12-20', to: '9999-12-31' });
    expect(() => rangeOf({ from: '2030-03-11', to: '2030-03-10' }, today)).toThrow(
      expect.objectContaining({ problem: expect.objectContaining({ status: 422, code: 'report.range-reversed' }) }),
    );
    expect(daysOf({ from: '2030-02-27', to: '2030-03-01' })).toEqual(['2030-02-27', '2030-02-28', '2030-03-01']);
  });
});
