import { describe, expect, it } from 'vitest';
import {
  CHART_COLORS,
  activeDays,
  currenciesOf,
  dayRows,
  daySummary,
  daysIn,
  formatDay,
  formatRate,
  methodCells,
  methodLabel,
  methodsByCurrency,
  methodsSummary,
  periodSummary,
  reasonLabel,
  topReasons,
} from './report-view';
import type { DayFigures, SalesFigures } from './reports.types';

const money = (amount: number, currency: string) => `${currency} ${amount}`;
const day = (iso: string) => `<${iso}>`;

const figures = (f: Partial<SalesFigures>): SalesFigures => ({
  currency: 'EUR',
  sales: 0,
  refunds: 0,
  net: 0,
  orders: 0,
  averageOrder: 0,
  refundRate: 0,
  ...f,
});
const onDay = (d: string, f: Partial<SalesFigures> = {}): DayFigures => ({ ...figures(f), day: d });

describe('report view', () => {
  it('says which days a report covers', () => {
    expect(periodSummary({ from: '2026-03-01', to: '2026-03-30' }, day)).toBe(
      'Sales from <2026-03-01> to <2026-03-30> (30 days, UTC).',
    );
    expect(periodSummary({ from: '2026-03-01', to: '2026-03-01' }, day)).toBe(
      'Sales from <2026-03-01> to <2026-03-01> (1 day, UTC).',
    );
  });

  it('shows a day as the UTC day it is, in any browser zone', () => {
    expect(formatDay('2026-03-01')).toMatch(/1/);
    expect(formatDay('2026-03-01')).not.toMatch(/28|29/);
    expect(formatDay('not a day')).toBe('not a day');
    expect(formatRate(0.0523)).toMatch(/5[.,]2\s?%/);
    expect(formatRate(0)).toMatch(/0\s?%/);
  });

  it('splits the days by currency and turns them into chart rows, keeping minor units', () => {
    const days = [onDay('2026-03-01', { sales: 4500 }), onDay('2026-03-01', { currency: 'GBP', sales: 900 })];
    expect(currenciesOf([figures({}), figures({ currency: 'GBP' }), figures({})])).toEqual(['EUR', 'GBP']);
    expect(daysIn(days, 'GBP')).toEqual([days[1]]);
    expect(dayRows(daysIn(days, 'EUR'), day)).toEqual([
      { day: '2026-03-01', label: '<2026-03-01>', sales: 4500, refunds: 0 },
    ]);
  });

  it('summarises the day chart as its text alternative', () => {
    const days = [
      onDay('2026-03-01'),
      onDay('2026-03-02', { sales: 9000, refunds: 4500 }),
      onDay('2026-03-03', { sales: 4500 }),
    ];
    expect(daySummary('EUR', days, money, day)).toBe(
      'Sales by day in EUR, <2026-03-01> to <2026-03-03>: EUR 13500 sold and EUR 4500 refunded in all; ' +
        'most sold on <2026-03-02> (EUR 9000).',
    );
    expect(daySummary('EUR', [onDay('2026-03-01')], money, day)).toBe(
      'Sales by day in EUR, <2026-03-01> to <2026-03-01>: EUR 0 sold and EUR 0 refunded in all.',
    );
    expect(daySummary('EUR', [], money, day)).toBe('Sales by day in EUR: no days.');
    expect(activeDays(days).map((d) => d.day)).toEqual(['2026-03-02', '2026-03-03']);
    expect(activeDays([onDay('2026-03-04', { refunds: 100 })])).toHaveLength(1);
  });

  it('names payment methods and decline reasons in words', () => {
    expect(methodLabel('test-mode')).toBe('Test mode');
    expect(methodLabel('stripe')).toBe('Stripe');
    expect(methodLabel('--')).toBe('--');
    expect(reasonLabel('insufficient_funds')).toBe('Insufficient funds');
  });

  it('groups payments by currency, largest first, with a colour each and a summary', () => {
    const methods = [
      { method: 'test-mode', currency: 'EUR', amount: 4500, payments: 1 },
      { method: 'card', currency: 'GBP', amount: 100, payments: 2 },
      { method: 'stripe', currency: 'EUR', amount: 9000, payments: 2 },
    ];
    const groups = methodsByCurrency(methods);
    expect(groups.map((g) => [g.currency, g.methods.map((m) => m.method)])).toEqual([
      ['EUR', ['stripe', 'test-mode']],
      ['GBP', ['card']],
    ]);
    expect(methodCells(groups[0].methods)).toEqual([
      { name: 'Stripe', value: 9000, color: CHART_COLORS[0] },
      { name: 'Test mode', value: 4500, color: CHART_COLORS[1] },
    ]);
    expect(methodsSummary('EUR', groups[0].methods, money)).toBe(
      'Payments in EUR by payment method: Stripe EUR 9000 (2 payments), Test mode EUR 4500 (1 payment).',
    );
    expect(methodsSummary('EUR', [], money)).toBe('Payments in EUR by payment method: none.');
  });

  it('lists the most frequent decline reasons first, at most five', () => {
    const reasons = ['a', 'b', 'c', 'd', 'e', 'f'].map((reason, i) => ({ reason, count: i % 3 }));
    expect(topReasons(reasons).map((r) => r.reason)).toEqual(['c', 'f', 'b', 'e', 'a']);
    expect(topReasons([])).toEqual([]);
  });
});
