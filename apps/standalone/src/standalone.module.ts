import { type DynamicModule, Module } from '@nestjs/common';
import { CommandApiModule } from '@booking/command-api';
import { type AppConfig, InfrastructureModule, type InfrastructureOverrides } from '@booking/platform';
import { ProjectionsModule } from '@booking/projections';
import { ProjectorModule } from '@booking/projector';
import { QueryApiModule } from '@booking/query-api';
import { DemoAccounts } from './seed/demo-accounts';
import { DemoBookings } from './seed/demo-bookings';
import { DemoSeeder } from './seed/demo-seeder';

/** One process hosting the command API, the query API and the projector: the embedded default. */
@Module({})
export class StandaloneModule {
  static forRoot(config: AppConfig, overrides: InfrastructureOverrides = {}): DynamicModule {
    const projections = ProjectionsModule.forRoot('run'); // one runner, shared by queries and policies
    return {
      module: StandaloneModule,
      imports: [
        InfrastructureModule.forRoot(config, overrides),
        CommandApiModule,
        QueryApiModule.register(projections),
        ProjectorModule.register(projections),
      ],
      providers: [DemoSeeder, DemoAccounts, DemoBookings],
    };
  }
}
