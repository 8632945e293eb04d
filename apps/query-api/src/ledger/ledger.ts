import type { AccountDoc, CatalogEventDoc, LedgerDoc, LedgerEntry } from '@booking/projections';
import { entriesUpTo, eventOfAccount, trialBalance } from '@booking/projections';
import type { ReadModels } from '../http/read-models';
import type { LedgerJournal } from './ledger-journal';
import type { LedgerCut } from './ledger.request';
import type { LedgerEntryView, LedgerView, OrganizerBalanceView } from './ledger.views';

/** The CSV downloads' header rows. */
export const LEDGER_ACCOUNTS_COLUMNS = ['account', 'kind', 'currency', 'debit', 'credit', 'balance'] as const;
export const LEDGER_ENTRIES_COLUMNS = [
  'position',
  'occurred_at',
  'entry_id',
  'event_type',
  'stream',
  'booking_id',
  'event_id',
  'organizer_id',
  'description',
  'account',
  'currency',
  'debit',
  'credit',
] as const;

/** The ledger's entries up to the cut, in log order: one booking's (its document), or the whole journal. */
export async function ledgerEntries(
  readModels: ReadModels,
  journal: LedgerJournal,
  cut: LedgerCut,
  bookingId?: string,
): Promise<readonly LedgerEntry[]> {
  if (!bookingId) return journal.upToCut(cut);
  const doc = await readModels.findById<LedgerDoc>('ledger', bookingId);
  return doc ? entriesUpTo([doc], cut) : [];
}

/** Which organizer each event (of these entries) belongs to, with the organizer's name. */
export async function organizersOf(
  readModels: ReadModels,
  eventIds: Iterable<string>,
): Promise<Map<string, { organizerId: string; organizerName?: string }>> {
  const ids = [...new Set(eventIds)];
  const events = await (
    await readModels.collection<CatalogEventDoc>('catalog-events')
  ).find({ _id: { $in: ids } }, { projection: { _id: 1, organizerId: 1 } });
  const organizerIds = [...new Set(events.map((event) => event.organizerId))];
  const accounts = await (
    await readModels.collection<AccountDoc>('accounts')
  ).find({ _id: { $in: organizerIds } }, { projection: { _id: 1, displayName: 1 } });
  const names = new Map(accounts.map((account) => [account._id, account.displayName]));
  return new Map(
    events.map((event) => {
      const name = names.get(event.organizerId);
      return [event._id, { organizerId: event.organizerId, ...(name ? { organizerName: name } : {}) }];
    }),
  );
}

/** The trial balance at the cut, with the event accounts added up per organizer. */
export async function ledgerView(readModels: ReadModels, journal: LedgerJournal, cut: LedgerCut): Promise<LedgerView> {
  const entries = await journal.upToCut(cut);
  const { accounts, balanced } = trialBalance(entries);
  const eventIds = accounts.map((a) => eventOfAccount(a.account)).filter((id): id is string => id !== undefined);
  const organizers = await organizersOf(readModels, eventIds);
  const owed = new Map<string, OrganizerBalanceView>();
  for (const account of accounts) {
    const eventId = eventOfAccount(account.account);
    if (eventId === undefined) continue;
    const organizer = organizers.get(eventId) ?? { organizerId: 'unknown' };
    const key = `${organizer.organizerId}\u0000${account.currency}`;
    const current = owed.get(key) ?? { ...organizer, currency: account.currency, owed: 0 };
    owed.set(key, { ...current, owed: current.owed + account.balance });
  }
  const last = entries.at(-1);
  return {
    ...(cut.asOf ? { asOf: cut.asOf } : {}),
    ...(cut.position !== undefined ? { position: String(cut.position) } : {}),
    ...(last ? { lastPosition: String(last.position) } : {}),
    entries: entries.length,
    balanced,
    accounts,
    organizers: [...owed.values()].sort(
      (a, b) =>
        (a.organizerName ?? a.organizerId).localeCompare(b.organizerName ?? b.organizerId) ||
        a.currency.localeCompare(b.currency),
    ),
  };
}

/** The entries as finance sees them: positions as strings, each with its event's organizer. */
export async function entryViews(readModels: ReadModels, entries: readonly LedgerEntry[]): Promise<LedgerEntryView[]> {
  const organizers = await organizersOf(
    readModels,
    entries.flatMap((entry) => (entry.eventId ? [entry.eventId] : [])),
  );
  return entries.map((entry) => {
    const organizerId = entry.eventId ? organizers.get(entry.eventId)?.organizerId : undefined;
    return {
      entryId: entry.entryId,
      eventType: entry.eventType,
      stream: entry.stream,
      position: String(entry.position),
      occurredAt: entry.occurredAt,
      bookingId: entry.bookingId,
      ...(entry.eventId ? { eventId: entry.eventId } : {}),
      ...(organizerId ? { organizerId } : {}),
      currency: entry.currency,
      description: entry.description,
      lines: entry.lines.map(({ account, debit, credit }) => ({ account, debit, credit })),
    };
  });
}
