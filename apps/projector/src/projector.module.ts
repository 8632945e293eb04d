import { type DynamicModule, Module } from '@nestjs/common';
import { CommandPipelineModule } from '@booking/command-pipeline';
import { RebuildProjectionController } from './ops/rebuild-projection.controller';
import { ExpireHolds } from './policies/expire-holds';
import { OpenInventoryOnPublish } from './policies/open-inventory-on-publish';

/** Builds read models and hosts the process managers (publish → open sales, hold expiry). */
@Module({})
export class ProjectorModule {
  /** `projections` must run the runner in this process (ProjectionsModule.forRoot('run')). */
  static register(projections: DynamicModule): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [CommandPipelineModule, projections],
      controllers: [RebuildProjectionController],
      providers: [OpenInventoryOnPublish, ExpireHolds],
      exports: [ExpireHolds],
    };
  }
}
