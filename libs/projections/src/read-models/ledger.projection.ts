import { type Money, bookingContext } from '@booking/domain';
import type { RecordedEvent } from '@booking/event-store';
import {
  changed,
  defineProjection,
  type Projected,
  toStoredPosition,
  type Unpositioned,
  unpositioned,
} from '../projection';

/**
 * The finance ledger (docs/ledger.md): double-entry bookkeeping of every money movement, each
 * entry balanced and naming the domain event and log position that caused it. One document per
 * booking holds that booking's entries and what later entries need to know (the event, the
 * payments that succeeded, the payment its tickets were paid with, the refunds under way), so
 * the handlers stay pure; finance's views add up the entries up to any date or log position.
 *
 * The chart of accounts (amounts in the currency's minor units):
 * - `assets:provider:<provider>`: money held at a payment provider for us.
 * - `assets:bank`: money that left our bank account by hand (a failed refund resolved manually).
 * - `liabilities:buyer-funds`: money a buyer paid that no ticket answers for yet (a payment
 *   before its booking confirms, a late or second payment before its refund).
 * - `liabilities:event:<eventId>`: what the platform owes the event's organizer for tickets sold.
 * - `liabilities:refunds-owed`: refunds decided but not yet paid out.
 */
export type LedgerLine = Readonly<{ account: string; debit: number; credit: number }>;

export type LedgerEntry = Readonly<{
  /** The id of the domain event that caused it: one entry per event at most. */
  entryId: string;
  eventType: string;
  bookingId: string;
  /** The event the booking is for (whose organizer is owed for its tickets). */
  eventId?: string;
  stream: string;
  position: number;
  occurredAt: string;
  currency: string;
  description: string;
  lines: readonly LedgerLine[];
}>;

export type LedgerDoc = Projected & {
  /** The booking's id, as `_id`. */
  bookingId: string;
  eventId?: string;
  /** Payments that succeeded, by payment id. */
  payments: Record<string, { amount: Money; provider: string }>;
  /** The payment the confirmed tickets were paid with. */
  appliedPaymentId?: string;
  /** Refunds by refund id: how much, from which provider, and whether the money went out. */
  refunds: Record<string, { amount: Money; paymentId: string; provider?: string; settled?: boolean }>;
  entries: LedgerEntry[];
  /** Position of the first and last entry (absent without one): the journal reads bookings written since it last looked (`lastPosition`). */
  firstPosition?: number;
  lastPosition?: number;
};

export const ACCOUNTS = {
  provider: (provider: string) => `assets:provider:${provider}`,
  bank: 'assets:bank',
  buyerFunds: 'liabilities:buyer-funds',
  event: (eventId: string) => `liabilities:event:${eventId}`,
  refundsOwed: 'liabilities:refunds-owed',
} as const;

const PROVIDER_ACCOUNT = ACCOUNTS.provider('');
const EVENT_ACCOUNT = ACCOUNTS.event('');

/** The event whose organizer an account owes (`liabilities:event:<eventId>`), else undefined. */
export const eventOfAccount = (account: string): string | undefined =>
  account.startsWith(EVENT_ACCOUNT) ? account.slice(EVENT_ACCOUNT.length) : undefined;

/** The provider an account holds money at (`assets:provider:<provider>`), else undefined. */
export const providerOfAccount = (account: string): string | undefined =>
  account.startsWith(PROVIDER_ACCOUNT) ? account.slice(PROVIDER_ACCOUNT.length) : undefined;

/** Whether an account holds assets (its balance is debit minus credit) or liabilities (the reverse). */
export const accountKind = (account: string): 'asset' | 'liability' =>
  account.startsWith('assets:') ? 'asset' : 'liability';

type Booked = Unpositioned<LedgerDoc>;

const emptyDoc = (bookingId: string): Booked => ({ _id: bookingId, bookingId, payments: {}, refunds: {}, entries: [] });

const withoutPosition = (doc: LedgerDoc | null, bookingId: string): Booked =>
  doc ? unpositioned(doc) : emptyDoc(bookingId);

/** Moves `amount` from the credited account to the debited one, as one entry caused by `event`. */
function post(
  doc: Booked,
  event: Pick<RecordedEvent, 'id' | 'type' | 'stream' | 'position' | 'metadata'>,
  amount: Money,
  debit: string,
  credit: string,
  description: string,
): Booked {
  if (amount.amount <= 0 || doc.entries.some((entry) => entry.entryId === event.id)) return doc;
  const position = toStoredPosition(event.position);
  const entry: LedgerEntry = {
    entryId: event.id,
    eventType: event.type,
    bookingId: doc.bookingId,
    ...(doc.eventId ? { eventId: doc.eventId } : {}),
    stream: event.stream,
    position,
    occurredAt: event.metadata.occurredAt,
    currency: amount.currency,
    description,
    lines: [
      { account: debit, debit: amount.amount, credit: 0 },
      { account: credit, debit: 0, credit: amount.amount },
    ],
  };
  return {
    ...doc,
    entries: [...doc.entries, entry],
    firstPosition: doc.firstPosition ?? position,
    lastPosition: position,
  };
}

/** Where money for tickets of this booking is owed: its event's organizer (or unknown, for a booking seen without its placement). */
const eventAccount = (doc: Booked) => ACCOUNTS.event(doc.eventId ?? 'unknown');

export const ledgerProjection = defineProjection<LedgerDoc>()({
  name: 'ledger',
  version: 1,
  reads: [bookingContext],
  ignores: [
    'BookingPaymentStarted',
    'BookingPaymentDeclined',
    'BookingExpired',
    'BookingCancelled',
    'TicketsCancelled',
    'TicketTransferred',
    'TicketReissued',
    'PaymentIntentCreated',
    'PaymentActionRequired',
    'PaymentProcessing',
    'PaymentFailed',
    'PaymentCanceled',
    'RefundSent',
    'RefundFailed',
  ],
  keyOf: (event) => event.data.bookingId,
  indexes: [{ keys: { lastPosition: 1 } }, { keys: { eventId: 1 } }],
  on: {
    BookingPlaced: (doc, { data }) => ({ ...withoutPosition(doc, data.bookingId), eventId: data.eventId }),
    PaymentSucceeded: (doc, event) => {
      const booked = withoutPosition(doc, event.data.bookingId);
      const { paymentId, amount, provider } = event.data;
      if (booked.payments[paymentId]) return booked; // money moves once per payment
      const paid = { ...booked, payments: { ...booked.payments, [paymentId]: { amount, provider } } };
      return post(
        paid,
        event,
        amount,
        ACCOUNTS.provider(provider),
        ACCOUNTS.buyerFunds,
        `Payment ${paymentId} received through ${provider}`,
      );
    },
    BookingConfirmed: (doc, event) => {
      const booked = withoutPosition(doc, event.data.bookingId);
      const { paymentId } = event.data;
      if (!paymentId || booked.appliedPaymentId) return { ...booked, eventId: booked.eventId ?? event.data.eventId };
      const payment = booked.payments[paymentId];
      const applied = { ...booked, eventId: booked.eventId ?? event.data.eventId, appliedPaymentId: paymentId };
      if (!payment) return applied;
      return post(
        applied,
        event,
        payment.amount,
        ACCOUNTS.buyerFunds,
        eventAccount(applied),
        `Tickets paid with payment ${paymentId}: owed to the organizer`,
      );
    },
    RefundRequested: (doc, event) => {
      const booked = withoutPosition(doc, event.data.bookingId);
      const { paymentId, amount, reason } = event.data;
      if (booked.refunds[event.id]) return booked;
      const requested = {
        ...booked,
        refunds: { ...booked.refunds, [event.id]: { amount, paymentId } },
      };
      // Tickets given back are the organizer's to repay; money no ticket answered for was the buyer's all along.
      const from = booked.appliedPaymentId === paymentId ? eventAccount(booked) : ACCOUNTS.buyerFunds;
      return post(requested, event, amount, from, ACCOUNTS.refundsOwed, `Refund ${event.id} decided: ${reason}`);
    },
    RefundOpened: (doc, { data }) =>
      changed(doc, (rest) => {
        const refund = rest.refunds[data.refundId] ?? { amount: data.amount, paymentId: data.paymentId };
        return { ...rest, refunds: { ...rest.refunds, [data.refundId]: { ...refund, provider: data.provider } } };
      }),
    RefundSucceeded: (doc, event) => settle(doc, event, 'provider'),
    RefundResolvedManually: (doc, event) => settle(doc, event, 'bank'),
  },
});

/** The refund's money went out: through its provider, or by hand from the bank. Once per refund. */
function settle(
  doc: LedgerDoc | null,
  event: Pick<RecordedEvent, 'id' | 'type' | 'stream' | 'position' | 'metadata'> & {
    data: { refundId: string; bookingId: string };
  },
  via: 'provider' | 'bank',
): Booked | null {
  if (!doc) return null;
  const booked = withoutPosition(doc, event.data.bookingId);
  const refund = booked.refunds[event.data.refundId];
  if (!refund || refund.settled) return booked;
  const settled = {
    ...booked,
    refunds: { ...booked.refunds, [event.data.refundId]: { ...refund, settled: true } },
  };
  const credit = via === 'bank' ? ACCOUNTS.bank : ACCOUNTS.provider(refund.provider ?? 'unknown');
  const how = via === 'bank' ? 'paid by hand' : `paid back through ${refund.provider ?? 'the provider'}`;
  return post(settled, event, refund.amount, ACCOUNTS.refundsOwed, credit, `Refund ${event.data.refundId} ${how}`);
}

export type AccountBalance = Readonly<{
  account: string;
  kind: 'asset' | 'liability';
  currency: string;
  debit: number;
  credit: number;
  /** Debit minus credit for an asset, credit minus debit for a liability. */
  balance: number;
}>;

/**
 * The trial balance of these entries: every account's debits, credits and balance per currency
 * (sorted by account, then currency), and whether each currency's debits equal its credits.
 */
export function trialBalance(entries: Iterable<LedgerEntry>): { accounts: AccountBalance[]; balanced: boolean } {
  const totals = new Map<string, { account: string; currency: string; debit: number; credit: number }>();
  const perCurrency = new Map<string, number>();
  for (const entry of entries) {
    for (const line of entry.lines) {
      const key = `${line.account}\u0000${entry.currency}`;
      const total = totals.get(key) ?? { account: line.account, currency: entry.currency, debit: 0, credit: 0 };
      total.debit += line.debit;
      total.credit += line.credit;
      totals.set(key, total);
      perCurrency.set(entry.currency, (perCurrency.get(entry.currency) ?? 0) + line.debit - line.credit);
    }
  }
  const accounts = [...totals.values()]
    .map(({ account, currency, debit, credit }) => {
      const kind = accountKind(account);
      return { account, kind, currency, debit, credit, balance: kind === 'asset' ? debit - credit : credit - debit };
    })
    .sort((a, b) => (a.account === b.account ? a.currency.localeCompare(b.currency) : a.account < b.account ? -1 : 1));
  return { accounts, balanced: [...perCurrency.values()].every((difference) => difference === 0) };
}

/** The entries of these bookings up to a cut (a log position and/or a time, both inclusive), in log order. */
export function entriesUpTo(
  docs: Iterable<Pick<LedgerDoc, 'entries'>>,
  cut: Readonly<{ position?: number; asOf?: string }>,
): LedgerEntry[] {
  const asOf = cut.asOf === undefined ? undefined : Date.parse(cut.asOf);
  const kept: LedgerEntry[] = [];
  for (const doc of docs) {
    for (const entry of doc.entries) {
      if (cut.position !== undefined && entry.position > cut.position) continue;
      if (asOf !== undefined && Date.parse(entry.occurredAt) > asOf) continue;
      kept.push(entry);
    }
  }
  return kept.sort((a, b) => a.position - b.position);
}
