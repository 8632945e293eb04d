import type { DomainCommand } from '../kernel';
import type { ProviderStatementRecorded } from './reconciliation.events';

/** Record the statement the caller fetched from the provider (the decider reads nothing else). */
export type RecordProviderStatement = DomainCommand<'RecordProviderStatement', ProviderStatementRecorded['data']>;

export type ReconciliationCommand = RecordProviderStatement;
