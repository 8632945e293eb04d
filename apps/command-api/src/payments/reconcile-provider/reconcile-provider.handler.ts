import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, reconciliationModel } from '@booking/command-pipeline';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { CLOCK, type Clock, ID_GENERATOR, type IdGenerator, ProblemException, problem } from '@booking/platform';
import {
  MAX_STATEMENT_RECORDS,
  type ProviderStatementRecorded,
  checkReconciliationPeriod,
  reconciliationStream,
} from '@booking/domain';
import { mintId } from '../../http/command-context';
import { type PaymentProvider, refusedByProvider } from '../shared/payment-provider';
import { PaymentProviders } from '../shared/payment-providers';
import { ReconcileProviderCommand, type ReconcileProviderResult } from './reconcile-provider.command';

/** How far before the period the statement starts (webhooks and retries take at most minutes). */
const STATEMENT_LEAD_MS = 3_600_000;

/**
 * A reconciliation run: the provider's statement of the period (its charges and refunds, from its
 * own records) is fetched and recorded in `reconciliation-{id}`, so what it said stays on the log
 * with who asked and when; the query side compares it with the ledger (docs/ledger.md,
 * "Reconciliation"). A retried request (same Idempotency-Key) names the same run and fetches nothing.
 */
@CommandHandler(ReconcileProviderCommand)
export class ReconcileProviderHandler implements ICommandHandler<ReconcileProviderCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly providers: PaymentProviders,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ data, context }: ReconcileProviderCommand): Promise<ReconcileProviderResult> {
    const reconciliationId = mintId(context, this.ids, 'reconciliation');
    const from = new Date(data.from).toISOString();
    const to = new Date(data.to).toISOString();
    checkReconciliationPeriod(from, to, context.now ?? this.clock.now());
    const provider = this.providers.named(data.provider);
    if (!provider)
      throw new ProblemException(
        problem(
          422,
          'payments/provider-not-configured',
          'Unprocessable Content',
          `${data.provider} is not configured here`,
          {
            code: 'payments.provider-not-configured',
          },
        ),
      );
    // Recorded before (a retry without its response kept): the statement stands, nothing is fetched again.
    const [recorded] = await this.store.readStream(reconciliationStream(reconciliationId), { maxCount: 1 });
    const statement = recorded
      ? (recorded.data as ProviderStatementRecorded['data'])
      : await this.fetchStatement(provider, reconciliationId, from, to);
    const outcome = await this.pipeline.execute(
      reconciliationModel,
      reconciliationId,
      { type: 'RecordProviderStatement', data: statement },
      context,
    );
    return {
      reconciliationId,
      provider: statement.provider,
      records: statement.records.length,
      coveredFrom: statement.coveredFrom,
      truncated: statement.truncated,
      position: outcome.position,
    };
  }

  private async fetchStatement(
    provider: PaymentProvider,
    reconciliationId: string,
    from: string,
    to: string,
  ): Promise<ProviderStatementRecorded['data']> {
    const statement = await provider
      .statement({
        // With a lead: a payment charged just before the period and booked in it is matched, not missing.
        from: new Date(Date.parse(from) - STATEMENT_LEAD_MS),
        to: new Date(to),
        limit: MAX_STATEMENT_RECORDS,
      })
      .catch((error: unknown) => {
        throw refusedByProvider(error, 'its statement of this period');
      });
    return {
      reconciliationId,
      provider: provider.name,
      from,
      to,
      coveredFrom: statement.coveredFrom.toISOString(),
      records: statement.records,
      truncated: statement.truncated,
    };
  }
}
