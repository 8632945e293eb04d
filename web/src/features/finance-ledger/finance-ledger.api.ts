import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiDownload, apiGet, saveBlob, withQuery } from '../../lib/api';
import { type JournalFilter, type LedgerCut, csvFilename } from './ledger-filter';
import type { LedgerEntryPageView, LedgerView, MoneyHistoryView, OrganizerHistoryView } from './finance-ledger.types';

export const ledgerKeys = {
  all: ['finance-ledger'] as const,
  balances: (cut: LedgerCut) => [...ledgerKeys.all, 'balances', cut] as const,
  entries: (filter: JournalFilter) => [...ledgerKeys.all, 'entries', filter] as const,
  history: (bookingId: string) => [...ledgerKeys.all, 'history', bookingId] as const,
  organizerHistory: (organizerId: string) => [...ledgerKeys.all, 'organizer-history', organizerId] as const,
};

const cutParams = (cut: LedgerCut) => ({ asOf: cut.asOf, position: cut.position });
const journalParams = (filter: Omit<JournalFilter, 'page'> & { page?: number }) => ({
  ...cutParams(filter),
  bookingId: filter.bookingId,
  page: filter.page && filter.page > 1 ? filter.page : undefined,
});

export const ledgerQuery = (cut: LedgerCut) =>
  queryOptions({
    queryKey: ledgerKeys.balances(cut),
    queryFn: ({ signal }) => apiGet<LedgerView>(withQuery('/api/finance/ledger', cutParams(cut)), { signal }),
  });

export const ledgerEntriesQuery = (filter: JournalFilter) =>
  queryOptions({
    queryKey: ledgerKeys.entries(filter),
    queryFn: ({ signal }) =>
      apiGet<LedgerEntryPageView>(withQuery('/api/finance/ledger/entries', journalParams(filter)), { signal }),
  });

/** Every recorded event behind a booking's money, read from the log. */
export const moneyHistoryQuery = (bookingId: string) =>
  queryOptions({
    queryKey: ledgerKeys.history(bookingId),
    queryFn: ({ signal }) => apiGet<MoneyHistoryView>(withQuery('/api/finance/history', { bookingId }), { signal }),
  });

/** An organizer's raw history from the log, 100 events at a time ("Load more" goes on after the last). */
const ORGANIZER_HISTORY_PAGE = 100;
export const organizerHistoryQuery = (organizerId: string) =>
  infiniteQueryOptions({
    queryKey: ledgerKeys.organizerHistory(organizerId),
    queryFn: ({ signal, pageParam }) =>
      apiGet<OrganizerHistoryView>(
        withQuery(`/api/finance/organizers/${encodeURIComponent(organizerId)}/history`, {
          after: pageParam === '0' ? undefined : pageParam,
          limit: ORGANIZER_HISTORY_PAGE,
        }),
        { signal },
      ),
    initialPageParam: '0',
    getNextPageParam: (last) => last.nextAfter,
  });

/** The account balances at the cut as CSV, fetched with the bearer token (a plain link cannot carry it) and saved. */
export async function downloadLedgerCsv(cut: LedgerCut) {
  const path = withQuery('/api/finance/ledger.csv', cutParams(cut));
  saveBlob(await apiDownload(path, 'text/csv'), csvFilename('ledger-balances', cut));
}

/** Every journal line matching the filter (all pages) as CSV, saved. */
export async function downloadLedgerEntriesCsv(filter: Omit<JournalFilter, 'page'>) {
  const path = withQuery('/api/finance/ledger/entries.csv', journalParams(filter));
  saveBlob(await apiDownload(path, 'text/csv'), csvFilename('ledger-journal', filter));
}
