import { Global, Module } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { CLOCK, type Clock, ID_GENERATOR, type IdGenerator, Metrics } from '@booking/platform';
import { CommandPipeline } from './command-pipeline';
import { IdempotencyStore } from './idempotency-store';

/** Nest wiring: one pipeline (and its stream cache) per process, shared by HTTP handlers and policies. */
@Global()
@Module({
  providers: [
    {
      provide: CommandPipeline,
      useFactory: (store: EventStore, ids: IdGenerator, clock: Clock, metrics: Metrics) =>
        new CommandPipeline(store, () => ids.next(), {
          clock,
          onAppended: (category, events, commands) => {
            metrics.eventsAppended.inc({ category }, events);
            metrics.commandBatchSize.observe(commands);
          },
        }),
      inject: [EVENT_STORE, ID_GENERATOR, CLOCK, Metrics],
    },
    {
      provide: IdempotencyStore,
      useFactory: (store: EventStore, clock: Clock) => new IdempotencyStore(store, () => clock.now()),
      inject: [EVENT_STORE, CLOCK],
    },
  ],
  exports: [CommandPipeline, IdempotencyStore],
})
export class CommandPipelineModule {}
