import { minorDigits, minorToDecimal } from '../../lib/format';
import { type ReportRange, parseDay, rangeDays } from './report-range';
import type { DayFigures, DeclineReason, MethodFigures, SalesFigures } from './reports.types';

export const EMPTY_REPORT = 'No sales in this period.';

/** Formats integer minor units (lib/format.ts's formatMoney in the app; a stub in specs). */
export type MoneyFormat = (amount: number, currency: string) => string;
/** Formats a `YYYY-MM-DD` day. */
export type DayFormat = (day: string) => string;

/** Made on first use, like lib/format.ts's formatters: each Intl constructor loads locale data. */
function lazily<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
// The API's days are UTC days: shown in UTC, so 1 March never reads as 28 February west of Greenwich.
const shortDays = lazily(() => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' }));
const mediumDays = lazily(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }));
const percents = lazily(() => new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 }));

const formatWith = (format: () => Intl.DateTimeFormat) => (day: string) => {
  const ms = parseDay(day);
  return ms === undefined ? day : format().format(ms);
};
/** "1 Mar": a chart's axis. */
export const formatShortDay: DayFormat = formatWith(shortDays);
/** "1 Mar 2026". */
export const formatDay: DayFormat = formatWith(mediumDays);
/** An axis tick: 123456 EUR → "€1.2K" (minor units, turned into an exact decimal string first). */
const compactFormats = new Map<string, Intl.NumberFormat>();
export function formatCompactMoney(amount: number, currency: string): string {
  try {
    let format = compactFormats.get(currency);
    if (!format) {
      format = new Intl.NumberFormat(undefined, { style: 'currency', currency, notation: 'compact' });
      compactFormats.set(currency, format);
    }
    return format.format(minorToDecimal(amount, minorDigits(currency)));
  } catch {
    return `${amount} ${currency}`;
  }
}
/** 0.0523 → "5.2%". */
export const formatRate = (rate: number) => percents().format(rate);

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "Sales from 1 Mar 2026 to 30 Mar 2026 (30 days, UTC)." */
export function periodSummary(range: ReportRange, day: DayFormat): string {
  return `Sales from ${day(range.from)} to ${day(range.to)} (${plural(rangeDays(range), 'day')}, UTC).`;
}

/** The currencies the report has figures in, as the API lists its totals. */
export const currenciesOf = (totals: readonly SalesFigures[]) => [...new Set(totals.map((t) => t.currency))];

/** One bar group of the "Sales by day" chart; amounts stay minor units (the chart formats them). */
export type DayRow = { day: string; label: string; sales: number; refunds: number };

export const daysIn = (days: readonly DayFigures[], currency: string) => days.filter((d) => d.currency === currency);

export const dayRows = (days: readonly DayFigures[], label: DayFormat): DayRow[] =>
  days.map((d) => ({ day: d.day, label: label(d.day), sales: d.sales, refunds: d.refunds }));

/** The days anything happened on: the chart's numbers as a table, without the empty days of a long range. */
export const activeDays = (days: readonly DayFigures[]) => days.filter((d) => d.sales !== 0 || d.refunds !== 0);

/**
 * The day chart's text alternative: "Sales by day in EUR, 1 Mar 2026 to 30 Mar 2026: €90.00 sold and
 * €45.00 refunded in all; most sold on 12 Mar 2026 (€45.00)."
 */
export function daySummary(currency: string, days: readonly DayFigures[], money: MoneyFormat, day: DayFormat): string {
  const head = `Sales by day in ${currency}`;
  if (days.length === 0) return `${head}: no days.`;
  const range = `${head}, ${day(days[0].day)} to ${day(days[days.length - 1].day)}`;
  const sales = days.reduce((sum, d) => sum + d.sales, 0);
  const refunds = days.reduce((sum, d) => sum + d.refunds, 0);
  const inAll = `${money(sales, currency)} sold and ${money(refunds, currency)} refunded in all`;
  if (sales === 0) return `${range}: ${inAll}.`;
  const best = days.reduce((top, d) => (d.sales > top.sales ? d : top));
  return `${range}: ${inAll}; most sold on ${day(best.day)} (${money(best.sales, currency)}).`;
}

const words = (code: string) => code.replace(/[-_]+/g, ' ').trim();
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A payment provider's id as a name: 'test-mode' → "Test mode". */
export const methodLabel = (method: string) => sentence(words(method)) || method;
/** A decline reason code as words: 'insufficient_funds' → "Insufficient funds". */
export const reasonLabel = (reason: string) => sentence(words(reason)) || reason;

/** Payments by provider, grouped by currency (a donut adds up one currency), largest amount first. */
export function methodsByCurrency(methods: readonly MethodFigures[]): { currency: string; methods: MethodFigures[] }[] {
  const groups = new Map<string, MethodFigures[]>();
  for (const m of methods) groups.set(m.currency, [...(groups.get(m.currency) ?? []), m]);
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, list]) => ({
      currency,
      methods: [...list].sort((a, b) => b.amount - a.amount || a.method.localeCompare(b.method)),
    }));
}

/** Segment colours: each at least 3:1 against a light background (WCAG 1.4.11 for graphics). */
export const CHART_COLORS = ['blue.8', 'teal.8', 'grape.8', 'orange.9', 'cyan.9', 'pink.8', 'indigo.8', 'lime.9'];

export const methodCells = (methods: readonly MethodFigures[]) =>
  methods.map((m, i) => ({
    name: methodLabel(m.method),
    value: m.amount,
    color: CHART_COLORS[i % CHART_COLORS.length],
  }));

/** The donut's text alternative: "Payments in EUR by payment method: Test mode €45.00 (1 payment)." */
export function methodsSummary(currency: string, methods: readonly MethodFigures[], money: MoneyFormat): string {
  const parts = methods.map(
    (m) => `${methodLabel(m.method)} ${money(m.amount, currency)} (${plural(m.payments, 'payment')})`,
  );
  return `Payments in ${currency} by payment method: ${parts.length ? parts.join(', ') : 'none'}.`;
}

/** The most frequent decline reasons first. */
export const topReasons = (reasons: readonly DeclineReason[], limit = 5) =>
  [...reasons].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)).slice(0, limit);
