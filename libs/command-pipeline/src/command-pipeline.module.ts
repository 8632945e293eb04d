import { Global, Module } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { CLOCK, type Clock, ID_GENERATOR, type IdGenerator, Metrics } from '@booking/platform';
import { AccountRegistration } from './accounts/account-registration';
import { CatalogReader } from './catalog/catalog-reader';
import { CommandPipeline } from './command-pipeline';
import { IdempotencyStore } from './idempotency-store';

/** Nest wiring: one pipeline (and its stream cache) per process, shared by HTTP handlers and policies. */
@Global()
@Module({
  providers: [
    {
      provide: CommandPipeline,
      useFactory: (store: EventStore, ids: IdGenerator, metrics: Metrics) =>
        new CommandPipeline(store, () => ids.next(), {
          onAppended: (category, events, commands) => {
            metrics.eventsAppended.inc({ category }, events);
            metrics.commandBatchSize.observe(commands);
          },
        }),
      inject: [EVENT_STORE, ID_GENERATOR, Metrics],
    },
    {
      provide: IdempotencyStore,
      useFactory: (store: EventStore, clock: Clock) => new IdempotencyStore(store, () => clock.now()),
      inject: [EVENT_STORE, CLOCK],
    },
    CatalogReader,
    {
      provide: AccountRegistration,
      useFactory: (pipeline: CommandPipeline, store: EventStore, clock: Clock, ids: IdGenerator) =>
        new AccountRegistration(
          pipeline,
          store,
          () => clock.now(),
          () => ids.next(),
        ),
      inject: [CommandPipeline, EVENT_STORE, CLOCK, ID_GENERATOR],
    },
  ],
  exports: [CommandPipeline, IdempotencyStore, AccountRegistration, CatalogReader],
})
export class CommandPipelineModule {}
