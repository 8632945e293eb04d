import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DomainError, type ProviderStatementRecorded, reconciliationStream } from '@booking/domain';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import type { ReconciliationView } from '../ledger.views';
import { LedgerJournal } from '../ledger-journal';
import { ledgerMovements, reconcile } from './reconcile';
import { ReconciliationQuery } from './reconciliation.query';

/**
 * The statement as recorded on the log (who asked, when, what the provider said) against the
 * ledger's movements at that provider as the journal holds them now (docs/ledger.md, "Reconciliation").
 */
@QueryHandler(ReconciliationQuery)
export class ReconciliationHandler implements IQueryHandler<ReconciliationQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly journal: LedgerJournal,
  ) {}

  async execute({ args: { reconciliationId } }: ReconciliationQuery): Promise<ReconciliationView> {
    const [recorded] = await this.store.readStream(reconciliationStream(reconciliationId), { maxCount: 1 });
    if (!recorded || recorded.type !== 'ProviderStatementRecorded')
      throw DomainError.notFound('reconciliation.not-found', `No reconciliation ${reconciliationId}`);
    const statement = recorded.data as ProviderStatementRecorded['data'];
    const movements = ledgerMovements(await this.journal.upToCut({}), statement.provider);
    const result = reconcile({ ...statement, movements });
    return {
      reconciliationId,
      provider: statement.provider,
      from: statement.from,
      to: statement.to,
      coveredFrom: statement.coveredFrom,
      truncated: statement.truncated,
      recordedAt: recorded.metadata.occurredAt,
      recordedBy: recorded.metadata.actor,
      position: String(recorded.position),
      providerRecords: statement.records.length,
      matched: result.matched,
      pending: result.pending,
      notCovered: result.notCovered,
      totals: result.totals,
      discrepancies: result.discrepancies.map((d) => ({
        kind: d.kind,
        reason: d.reason,
        ...(d.bookingId ? { bookingId: d.bookingId } : {}),
        ...(d.ledger
          ? {
              ledger: {
                entryId: d.ledger.entryId,
                eventType: d.ledger.eventType,
                position: String(d.ledger.position),
                occurredAt: d.ledger.occurredAt,
                amount: d.ledger.amount,
                ourId: d.ledger.ourId,
              },
            }
          : {}),
        ...(d.provider ? { provider: d.provider } : {}),
      })),
    };
  }
}
