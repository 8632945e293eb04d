/** `GET /api/finance/ledger`: one account's totals. Amounts are integer minor units. */
export type LedgerAccountView = {
  account: string;
  kind: 'asset' | 'liability';
  currency: string;
  debit: number;
  credit: number;
  /** debit − credit for an asset, credit − debit for a liability. */
  balance: number;
};

/** What the platform owes one organizer. */
export type OrganizerBalanceView = { organizerId: string; organizerName?: string; currency: string; owed: number };

/** `GET /api/finance/ledger`: the balances as of a cut (a time, a log position, or now). */
export type LedgerView = {
  /** The cut applied, echoed. */
  asOf?: string;
  position?: string;
  /** The highest log position among the entries included. */
  lastPosition?: string;
  entries: number;
  /** Every currency's debits equal its credits. */
  balanced: boolean;
  accounts: LedgerAccountView[];
  organizers: OrganizerBalanceView[];
};

export type LedgerLineView = { account: string; debit: number; credit: number };

/** `GET /api/finance/ledger/entries`: one journal entry, caused by one domain event. */
export type LedgerEntryView = {
  /** The id of the domain event that caused it. */
  entryId: string;
  eventType: string;
  stream: string;
  /** Log position, a decimal string (a bigint). */
  position: string;
  occurredAt: string;
  bookingId: string;
  eventId?: string;
  organizerId?: string;
  currency: string;
  description: string;
  lines: LedgerLineView[];
};

export type LedgerEntryPageView = { items: LedgerEntryView[]; total: number; page: number; pageSize: number };

/** `GET /api/finance/history`: one recorded event, as the log holds it. */
export type HistoryEventView = {
  id: string;
  type: string;
  stream: string;
  revision: string;
  position: string;
  occurredAt: string;
  /** A user id, or `system:<process>` for a policy. */
  actor: string;
  correlationId: string;
  causationId: string;
  schemaVersion: number;
  data: Record<string, unknown>;
};

/** Every event behind one booking's money: its booking, payment, refund and invoice streams, in log order. */
export type MoneyHistoryView = { bookingId: string; streams: string[]; events: HistoryEventView[] };
export type OrganizerHistoryView = {
  organizerId: string;
  streams: string[];
  events: HistoryEventView[];
  nextAfter?: string;
};
