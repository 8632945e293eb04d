import { type DynamicModule, Module } from '@nestjs/common';
import { CommandPipelineModule } from '@booking/command-pipeline';
import { RebuildProjectionController } from './ops/rebuild-projection.controller';
import { HolderNotifications } from './notifications/holder-notifications';
import { CloseSalesOnCancel } from './policies/close-sales-on-cancel';
import { ExpireHolds } from './policies/expire-holds';
import { OpenInventoryOnPublish } from './policies/open-inventory-on-publish';

/**
 * Builds read models and hosts the process managers (publish → open sales, hold expiry,
 * cancellation → close sales and cancel holds, holder notifications by mail).
 */
@Module({})
export class ProjectorModule {
  /** `projections` must run the runner in this process (ProjectionsModule.forRoot('run')). */
  static register(projections: DynamicModule): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [CommandPipelineModule, projections],
      controllers: [RebuildProjectionController],
      providers: [OpenInventoryOnPublish, CloseSalesOnCancel, HolderNotifications, ExpireHolds],
      exports: [ExpireHolds],
    };
  }
}
