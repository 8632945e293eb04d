import { useQuery } from '@tanstack/react-query';
import { ledgerEntriesQuery, ledgerQuery } from './finance-ledger.api';
import { type JournalFilter, type LedgerCut, cutOf } from './ledger-filter';

/** The balances at the cut; keyed by the cut alone, so paging or filtering the journal does not read them again. */
export const useLedger = (cut: LedgerCut) => useQuery(ledgerQuery(cutOf(cut)));

export const useLedgerEntries = (filter: JournalFilter) => useQuery(ledgerEntriesQuery(filter));
