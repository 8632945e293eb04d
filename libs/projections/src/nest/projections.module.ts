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
import { ProjectionRunner } from '../runner/projection-runner';
import { READ_MODEL_DIRECTORY } from '../runner/read-model-directory';
import { StoredDirectory } from '../runner/stored-directory';

/** Starts the in-process runner with the app and reports its lag. */
@Injectable()
class RunnerLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private lagTimer?: NodeJS.Timeout;
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly metrics: Metrics,
    private readonly health: HealthRegistry,
  ) {}

  async onModuleInit(): Promise<void> {
    const started = Date.now();
    await this.runner.start();
    await this.runner.ready();
    const head = await this.store.headPosition();
    this.logger.log({ ms: Date.now() - started, head: String(head) }, 'read models built and caught up');
    this.health.register('projections', () => ({ projections: this.runner.positions() }));
    await this.reportLag();
    this.lagTimer = setInterval(() => void this.reportLag(), 1000).unref();
  }

  private async reportLag(): Promise<void> {
    const head = await this.store.headPosition().catch(() => undefined);
    if (head === undefined) return;
    for (const [name, status] of Object.entries(this.runner.positions())) {
      this.metrics.projectionLag.set({ projection: name }, Number(head - BigInt(status.position)));
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
  static forRoot(mode: 'run' | 'read'): DynamicModule {
    if (mode === 'read') {
      return {
        module: ProjectionsModule,
        providers: [
          {
            provide: READ_MODEL_DIRECTORY,
            useFactory: (readStore: ReadStore) =>
              new StoredDirectory(
                readStore,
                ALL_PROJECTIONS.map((p) => p.name),
              ),
            inject: [READ_STORE],
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
            });
          },
          inject: [EVENT_STORE, READ_STORE, CLOCK, Metrics],
        },
        { provide: READ_MODEL_DIRECTORY, useExisting: ProjectionRunner },
        RunnerLifecycle,
      ],
      exports: [READ_MODEL_DIRECTORY, ProjectionRunner],
    };
  }
}
