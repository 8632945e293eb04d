import { join } from 'node:path';
import {
  type DynamicModule,
  Global,
  Inject,
  Module,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import {
  EVENT_STORE,
  type EventStore,
  type KeyStore,
  KurrentDbEventStore,
  PersonalDataEventStore,
  SqliteEventStore,
} from '@booking/event-store';
import { MemoryReadStore, MongoReadStore, READ_STORE, type ReadStore } from '@booking/read-store';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PublicOrigin } from '../config/public-origin';
import { HealthController, HealthRegistry } from '../health/health';
import { OpsListener } from '../health/ops-listener';
import { Metrics } from '../metrics/metrics';
import { MetricsController } from '../metrics/metrics.controller';
import { FilesModule } from '@booking/files';
import { MailerModule } from '@booking/mailer';
import { AuthModule } from '../auth/auth.module';
import { JwksController } from '../auth/jwks.controller';
import { DemoPersonasController } from '../demo/demo-personas.controller';
import { PasswordHasher } from '../passwords/password-hasher';
import { TicketCodes, TicketPdfRenderer } from '@booking/tickets';
import { protectPersonalData } from './personal-data';
import { ReadModelSnapshots } from './read-model-snapshots';
import { resolveTicketCodes } from './ticket-signing';
import { CLOCK, type Clock, ID_GENERATOR, type IdGenerator, systemClock, uuidV7Generator } from './clock';

/** What the ReadModelSnapshots token holds when this process keeps no snapshot (MongoDB, a test's own store, `off`). */
const NO_SNAPSHOTS = { disabled: true } as const;

export type InfrastructureOverrides = Partial<{
  clock: Clock;
  ids: IdGenerator;
  eventStore: EventStore;
  readStore: ReadStore;
  /** Instead of the configured personal-data key store (checked at start all the same). */
  personalDataKeys: KeyStore;
}>;

/** The configured adapter, without the personal-data layer (ops tools; apps use protectPersonalData). */
export function openEventStore(config: AppConfig): EventStore {
  return config.eventStore.kind === 'sqlite'
    ? new SqliteEventStore({ path: config.eventStore.path })
    : KurrentDbEventStore.connect(config.eventStore.url);
}

export async function openReadStore(config: AppConfig): Promise<ReadStore> {
  return config.readStore.kind === 'memory'
    ? new MemoryReadStore()
    : MongoReadStore.connect({ url: config.readStore.url, database: config.readStore.database });
}

/**
 * Adapters by configuration, shared by every app module in the process: the event store, the
 * read store, clock and ids, plus /health, /metrics and JWT verification.
 */
@Global()
@Module({})
export class InfrastructureModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly personalData: PersonalDataEventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly health: HealthRegistry,
    private readonly ticketPdfs: TicketPdfRenderer,
  ) {}

  /** `app` names this process's files under DATA_DIR (its read-model snapshot), apart from other apps sharing it. */
  static forRoot(config: AppConfig, overrides: InfrastructureOverrides = {}, app = 'standalone'): DynamicModule {
    const origin = new PublicOrigin(config);
    return {
      module: InfrastructureModule,
      imports: [
        AuthModule,
        MailerModule.forRoot({ demoMode: config.demoMode, publicUrl: () => origin.url }),
        FilesModule.forRoot({ dataDir: config.dataDir }),
      ],
      controllers: [HealthController, MetricsController, JwksController, DemoPersonasController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: PublicOrigin, useValue: origin },
        { provide: CLOCK, useValue: overrides.clock ?? systemClock },
        { provide: ID_GENERATOR, useValue: overrides.ids ?? uuidV7Generator },
        {
          provide: EVENT_STORE,
          // A test's own store gets the personal-data layer too: the app sees what production sees.
          // Its key store is checked first: unreachable, or a wrong master key, stops the start.
          useFactory: () =>
            protectPersonalData(
              overrides.eventStore ?? openEventStore(config),
              config.personalData,
              overrides.personalDataKeys,
            ),
        },
        // The same store by its class, for whoever erases a person (destroyKey).
        { provide: PersonalDataEventStore, useExisting: EVENT_STORE },
        {
          provide: ReadModelSnapshots,
          inject: [EVENT_STORE, CLOCK],
          useFactory: (events: PersonalDataEventStore, clock: Clock) =>
            config.readStore.kind === 'memory' && config.readStore.snapshots && !overrides.readStore
              ? new ReadModelSnapshots(
                  new MemoryReadStore(),
                  events,
                  join(config.dataDir, `read-models-${app}.snapshot`),
                  config.readStore.snapshots.intervalMs,
                  clock,
                  () => events.erasures(),
                )
              : NO_SNAPSHOTS,
        },
        {
          provide: READ_STORE,
          inject: [ReadModelSnapshots],
          // The snapshot, when there is a usable one, is loaded before anything can read the store.
          useFactory: async (snapshots: ReadModelSnapshots | typeof NO_SNAPSHOTS) => {
            if (snapshots instanceof ReadModelSnapshots) {
              await snapshots.load();
              return snapshots.store;
            }
            return overrides.readStore ?? (await openReadStore(config));
          },
        },
        Metrics,
        HealthRegistry,
        OpsListener,
        PasswordHasher,
        // Refuses the start in production without TICKET_SIGNING_SECRETS (resolveTicketCodes).
        { provide: TicketCodes, useFactory: () => resolveTicketCodes(config.ticketSigning) },
        { provide: TicketPdfRenderer, useFactory: () => new TicketPdfRenderer({ threads: config.ticketPdfThreads }) },
      ],
      exports: [
        APP_CONFIG,
        ReadModelSnapshots,
        PublicOrigin,
        CLOCK,
        ID_GENERATOR,
        EVENT_STORE,
        PersonalDataEventStore,
        READ_STORE,
        Metrics,
        HealthRegistry,
        AuthModule,
        PasswordHasher,
        TicketCodes,
        TicketPdfRenderer,
      ],
    };
  }

  onModuleInit(): void {
    this.health.register('eventStore', async () => ({ head: String(await this.eventStore.headPosition()) }));
    this.health.register('readStore', async () => ({ collections: (await this.readStore.listCollections()).length }));
    this.health.register('personalDataKeys', async () => {
      await this.personalData.checkKeys();
      return { store: this.config.personalData.keys.kind };
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.ticketPdfs.close();
    await this.eventStore.close();
    await this.readStore.close();
  }
}
