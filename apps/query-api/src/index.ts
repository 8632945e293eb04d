export { QueryApiModule } from './query-api.module';
export { LiveAvailability } from './inventory/stream-availability/live-availability.service';
export { ReadModels } from './http/read-models';
export { ledgerEntries, ledgerView } from './ledger/ledger';
export { LedgerJournal } from './ledger/ledger-journal';
