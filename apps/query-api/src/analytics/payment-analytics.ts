import { type LedgerEntry, type PaymentAttemptDoc, eventOfAccount, providerOfAccount } from '@booking/projections';
import type { AnalyticsView, MethodFiguresView, SalesFiguresView } from './analytics.views';

/** The inclusive UTC days of a report, `YYYY-MM-DD`. */
export type DayRange = Readonly<{ from: string; to: string }>;

export type AnalyticsInput = Readonly<{
  range: DayRange;
  /** The ledger's journal (any order); only entries of days in the range count. */
  entries: readonly LedgerEntry[];
  /** What is known of each event: its title and organizer. */
  events: ReadonlyMap<string, { title?: string; organizerId?: string }>;
  /** Organizer names by id. */
  organizerNames: ReadonlyMap<string, string>;
  /** Only these events (an organizer's, or one organizer's for finance); all when absent. */
  onlyEvents?: ReadonlySet<string>;
  /** Payment attempts whose outcome falls in the range (finance's view; absent for an organizer). */
  attempts?: readonly PaymentAttemptDoc[];
  /** Whether to add up per organizer (finance's view). */
  perOrganizer: boolean;
}>;

type Sums = { sales: number; refunds: number; orders: number };
const DAY_MS = 86_400_000;

/** Every day from `from` to `to`, inclusive. */
export function daysOf({ from, to }: DayRange): string[] {
  const days: string[] = [];
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= Date.parse(`${to}T00:00:00Z`); at += DAY_MS) {
    days.push(new Date(at).toISOString().slice(0, 10));
  }
  return days;
}

function figures(currency: string, sums: Sums | undefined): SalesFiguresView {
  const { sales, refunds, orders } = sums ?? { sales: 0, refunds: 0, orders: 0 };
  return {
    currency,
    sales,
    refunds,
    net: sales - refunds,
    orders,
    averageOrder: orders > 0 ? Math.round(sales / orders) : 0,
    refundRate: sales > 0 ? Math.round((refunds / sales) * 10_000) / 10_000 : 0,
  };
}

/** Adds to the sums kept under `key` (created on first use). */
function add(map: Map<string, Sums>, key: string, change: Partial<Sums>): void {
  const sums = map.get(key) ?? { sales: 0, refunds: 0, orders: 0 };
  sums.sales += change.sales ?? 0;
  sums.refunds += change.refunds ?? 0;
  sums.orders += change.orders ?? 0;
  map.set(key, sums);
}

const SEP = '\u0000';
const split = (key: string) => key.split(SEP) as [string, string];
const byNet = (a: SalesFiguresView, b: SalesFiguresView) => b.net - a.net || a.currency.localeCompare(b.currency);

/**
 * Sales analytics from the ledger (docs/ledger.md, "Reports"): ticket sales are the paid
 * confirmations owed to an event's organizer, refunds the refunds decided against them, each on
 * the day it was booked; payment methods are the providers payments came in through; declines
 * come from the payment attempts.
 */
export function paymentAnalytics(input: AnalyticsInput): AnalyticsView {
  const { range, events, onlyEvents } = input;
  const totals = new Map<string, Sums>();
  const perDay = new Map<string, Sums>();
  const perEvent = new Map<string, Sums>();
  const perOrganizer = new Map<string, Sums>();
  const methods = new Map<string, { amount: number; payments: number }>();
  for (const entry of input.entries) {
    const day = entry.occurredAt.slice(0, 10);
    if (day < range.from || day > range.to) continue;
    if (entry.eventId === undefined || (onlyEvents && !onlyEvents.has(entry.eventId))) continue;
    const { currency } = entry;
    if (entry.eventType === 'PaymentSucceeded') {
      const provider = providerOfAccount(entry.lines.find((line) => line.debit > 0)?.account ?? '') ?? '?';
      const method = methods.get(`${provider}${SEP}${currency}`) ?? { amount: 0, payments: 0 };
      method.amount += entry.lines.reduce((sum, line) => sum + line.debit, 0);
      method.payments += 1;
      methods.set(`${provider}${SEP}${currency}`, method);
      continue;
    }
    let change: Partial<Sums> | undefined;
    if (entry.eventType === 'BookingConfirmed') {
      const sale = entry.lines.find((line) => line.credit > 0 && eventOfAccount(line.account) !== undefined);
      if (sale) change = { sales: sale.credit, orders: 1 };
    } else if (entry.eventType === 'RefundRequested') {
      // Only refunds of tickets (taken from the organizer's side), not of money no ticket answered for.
      const refund = entry.lines.find((line) => line.debit > 0 && eventOfAccount(line.account) !== undefined);
      if (refund) change = { refunds: refund.debit };
    }
    if (!change) continue;
    add(totals, currency, change);
    add(perDay, `${day}${SEP}${currency}`, change);
    add(perEvent, `${entry.eventId}${SEP}${currency}`, change);
    const organizerId = events.get(entry.eventId)?.organizerId;
    if (input.perOrganizer && organizerId) add(perOrganizer, `${organizerId}${SEP}${currency}`, change);
  }

  const currencies = [...totals.keys()].sort();
  const attempts = input.attempts;
  const failed = attempts?.filter((a) => a.status === 'failed') ?? [];
  const succeeded = attempts?.filter((a) => a.status === 'succeeded').length ?? 0;
  const reasons = new Map<string, number>();
  for (const attempt of failed)
    reasons.set(attempt.reason ?? 'unknown', (reasons.get(attempt.reason ?? 'unknown') ?? 0) + 1);
  return {
    from: range.from,
    to: range.to,
    totals: currencies.map((currency) => figures(currency, totals.get(currency))),
    byDay: daysOf(range).flatMap((day) =>
      currencies.map((currency) => ({ day, ...figures(currency, perDay.get(`${day}${SEP}${currency}`)) })),
    ),
    byEvent: [...perEvent.entries()]
      .map(([key, sums]) => {
        const [eventId, currency] = split(key);
        const title = events.get(eventId)?.title;
        return { eventId, ...(title ? { title } : {}), ...figures(currency, sums) };
      })
      .sort(byNet),
    byOrganizer: [...perOrganizer.entries()]
      .map(([key, sums]) => {
        const [organizerId, currency] = split(key);
        const organizerName = input.organizerNames.get(organizerId);
        return { organizerId, ...(organizerName ? { organizerName } : {}), ...figures(currency, sums) };
      })
      .sort(byNet),
    byMethod: [...methods.entries()]
      .map(([key, { amount, payments }]): MethodFiguresView => {
        const [method, currency] = split(key);
        return { method, currency, amount, payments };
      })
      .sort((a, b) => b.amount - a.amount),
    ...(attempts
      ? {
          payments: {
            succeeded,
            failed: failed.length,
            declineRate:
              succeeded + failed.length > 0
                ? Math.round((failed.length / (succeeded + failed.length)) * 10_000) / 10_000
                : 0,
            reasons: [...reasons.entries()]
              .map(([reason, count]) => ({ reason, count }))
              .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
              .slice(0, 10),
          },
        }
      : {}),
  };
}
