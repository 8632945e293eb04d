import {
  type DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { CLOCK, type Clock, HealthRegistry, Metrics } from '@booking/platform';
import { READ_STORE, type ReadStore } from '@booking/read-store';
import { ALL_PROJECTIONS } from '../read-models';
import { LagMonitor } from '../runner/lag-monitor';
import { measureLag } from '../runner/projection-lag';
import { ProjectionRunner } from '../runner/projection-runner';
import { READ_MODEL_DIRECTORY } from '../runner/read-model-directory';
import { StoredDirectory } from '../runner/stored-directory';
import { ReadinessController } from './readiness.controller';

export type RunOptions = Readonly<{
  /**
   * Wait for every projection to catch up before the app starts serving (processes that answer
   * reads from them). The projector serves only health, metrics and ops: it listens first and
   * catches up after, so probes see it, and its lag, from the start.
   */
  catchUpBeforeServing?: boolean;
}>;
const RUN_OPTIONS = Symbol('RunOptions');

/** Starts the in-process runner with the app and reports its lag (health check and metrics). */
@Injectable()
class RunnerLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private lagTimer?: NodeJS.Timeout;
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly lag: LagMonitor,
    private readonly metrics: Metrics,
    private readonly health: HealthRegistry,
    @Inject(RUN_OPTIONS) private readonly options: RunOptions,
  ) {}

  async onModuleInit(): Promise<void> {
    const started = Date.now();
    this.health.register('projections', () => this.lag.report());
    await this.runner.start();
    const caughtUp = this.runner.ready().then(async () => {
      const head = await this.store.headPosition();
      this.logger.log({ ms: Date.now() - started, head: String(head) }, 'read models built and caught up');
    });
    if (this.options.catchUpBeforeServing) await caughtUp;
    else caughtUp.catch((error: unknown) => this.logger.error({ err: error }, 'catching up failed'));
    await this.reportLag(); // the gauge is there from the first scrape, not only after a tick
    this.lagTimer = setInterval(() => void this.reportLag(), 1000).unref();
  }

  private async reportLag(): Promise<void> {
    const report = await this.lag.report().catch(() => undefined);
    if (report === undefined) return;
    for (const [name, lag] of Object.entries(report.projections)) {
      this.metrics.projectionLag.set({ projection: name }, lag.behind);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.lagTimer);
    await this.runner.stop();
  }
}

/**
 * `run`: this process builds the read models itself (standalone, the projector, or any app on the
 * in-memory read store). `read`: another process builds them into a shared store (MongoDB).
 */
@Module({})
export class ProjectionsModule {
  static forRoot(mode: 'run' | 'read', options: RunOptions = { catchUpBeforeServing: true }): DynamicModule {
    if (mode === 'read') {
      return {
        module: ProjectionsModule,
        providers: [
          {
            provide: READ_MODEL_DIRECTORY,
            useFactory: (readStore: ReadStore, store: EventStore) =>
              new StoredDirectory(readStore, store, ALL_PROJECTIONS),
            inject: [READ_STORE, EVENT_STORE],
          },
        ],
        exports: [READ_MODEL_DIRECTORY],
      };
    }
    return {
      module: ProjectionsModule,
      providers: [
        {
          provide: ProjectionRunner,
          useFactory: (store: EventStore, readStore: ReadStore, clock: Clock, metrics: Metrics) => {
            const logger = new Logger('Projections');
            return new ProjectionRunner(store, readStore, ALL_PROJECTIONS, {
              now: () => clock.now(),
              onApplied: (projection, position, events) => {
                metrics.projectionPosition.set({ projection }, Number(position));
                const at = Date.now();
                for (const event of events) {
                  metrics.projectionDelay.observe(
                    { projection },
                    Math.max(0, at - Date.parse(event.metadata.occurredAt)) / 1000,
                  );
                }
              },
              onError: (projection, error) => logger.error({ projection, err: error }, 'projection stopped'),
              onReadError: (error, attempt, retryInMs) =>
                logger.warn(
                  { err: error, attempt, retryInMs },
                  'reading the log failed; retrying from the checkpoints',
                ),
            });
          },
          inject: [EVENT_STORE, READ_STORE, CLOCK, Metrics],
        },
        { provide: READ_MODEL_DIRECTORY, useExisting: ProjectionRunner },
        {
          // One report for /ready, the health check and the metrics timer (see LagMonitor).
          provide: LagMonitor,
          useFactory: (runner: ProjectionRunner, store: EventStore) =>
            new LagMonitor(() => measureLag(store, runner.positions()), {
              shape: () =>
                Object.entries(runner.positions())
                  .map(([name, p]) => `${name}:${p.collection ?? ''}:${p.rebuilding}`)
                  .join(','),
            }),
          inject: [ProjectionRunner, EVENT_STORE],
        },
        { provide: RUN_OPTIONS, useValue: options },
        RunnerLifecycle,
      ],
      controllers: [ReadinessController],
      exports: [READ_MODEL_DIRECTORY, ProjectionRunner],
    };
  }
}
