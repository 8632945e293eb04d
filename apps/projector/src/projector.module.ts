import { type DynamicModule, Module } from '@nestjs/common';
import { CommandPipelineModule } from '@booking/command-pipeline';
import { ProcessManagersModule } from '@booking/process-managers';
import { RebuildProjectionController } from './ops/rebuild-projection.controller';
import { BookingConfirmationMail } from './notifications/booking-confirmation-mail';
import { HolderNotifications } from './notifications/holder-notifications';
import { ExpireBookings } from './policies/expire-bookings';
import { ExpireHolds } from './policies/expire-holds';
import { PolicyRunner } from './policies/policy-runner';

/**
 * Builds read models and hosts the process managers: the declared policies (publish → open sales,
 * cancellation → close sales and cancel holds, bookings ↔ payments ↔ seats; see POLICIES), hold
 * and booking expiry, holder notifications, booking confirmation mails.
 */
@Module({})
export class ProjectorModule {
  /** `projections` must run the runner in this process (ProjectionsModule.forRoot('run')). */
  static register(projections: DynamicModule): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [CommandPipelineModule, ProcessManagersModule, projections],
      controllers: [RebuildProjectionController],
      providers: [PolicyRunner, HolderNotifications, BookingConfirmationMail, ExpireHolds, ExpireBookings],
      exports: [ExpireHolds, ExpireBookings],
    };
  }
}
