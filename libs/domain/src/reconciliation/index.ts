export * from './reconciliation.events';
export * from './reconciliation.commands';
export * from './reconciliation.decider';
export { MAX_RECONCILIATION_DAYS, MAX_STATEMENT_RECORDS, checkReconciliationPeriod } from './reconciliation.decide';
export { type ReconciliationState, initialReconciliationState } from './reconciliation.state';
export * from './reconciliation.streams';
export * from './reconciliation.context';
