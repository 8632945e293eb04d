import { DomainError, assertNever, hasRole } from '../kernel';
import type { ReconciliationCommand, RecordProviderStatement } from './reconciliation.commands';
import type { ReconciliationEvent } from './reconciliation.events';
import type { ReconciliationState } from './reconciliation.state';

/** The longest period one reconciliation covers. */
export const MAX_RECONCILIATION_DAYS = 93;
/** The most provider records one statement holds (beyond: `truncated`, and finance narrows the period). */
export const MAX_STATEMENT_RECORDS = 20_000;
const DAY_MS = 86_400_000;

export function decideReconciliation(
  command: ReconciliationCommand,
  state: ReconciliationState,
): ReconciliationEvent[] {
  switch (command.type) {
    case 'RecordProviderStatement':
      return record(command, state);
    default:
      return assertNever(command.type);
  }
}

/** Finance or an admin records a period that has begun, of at most 93 days; recording the same run again is a no-op. */
function record({ data, metadata }: RecordProviderStatement, state: ReconciliationState): ReconciliationEvent[] {
  if (state.status === 'recorded') return [];
  if (!hasRole(metadata.actor, 'finance') && !hasRole(metadata.actor, 'admin'))
    throw DomainError.forbidden('reconciliation.forbidden', 'Only finance reconciles the ledger with the provider');
  checkReconciliationPeriod(data.from, data.to, metadata.now);
  if (data.records.length > MAX_STATEMENT_RECORDS)
    throw DomainError.validation(
      'reconciliation.too-many-records',
      `A statement holds at most ${MAX_STATEMENT_RECORDS} records`,
    );
  return [{ type: 'ProviderStatementRecorded', data }];
}

/**
 * A period that starts before it ends, lasts at most 93 days and has begun; its refusal otherwise.
 * Also asked by the caller before it fetches a statement (a refused period costs no provider call).
 */
export function checkReconciliationPeriod(fromText: string, toText: string, now: Date): void {
  const from = Date.parse(fromText);
  const to = Date.parse(toText);
  if (!Number.isFinite(from) || !Number.isFinite(to) || from >= to)
    throw DomainError.validation('reconciliation.period', 'The period must start before it ends', { field: 'from' });
  if (to - from > MAX_RECONCILIATION_DAYS * DAY_MS)
    throw DomainError.validation(
      'reconciliation.period-too-long',
      `A reconciliation covers at most ${MAX_RECONCILIATION_DAYS} days`,
      { field: 'to' },
    );
  if (from > now.getTime())
    throw DomainError.validation('reconciliation.period-in-future', 'The period has not begun yet', { field: 'from' });
}
