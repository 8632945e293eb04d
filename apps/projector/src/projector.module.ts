import { type DynamicModule, Module } from '@nestjs/common';
import { CommandPipelineModule } from '@booking/command-pipeline';
import { ProcessManagersModule } from '@booking/process-managers';
import { RebuildProjectionController } from './ops/rebuild-projection.controller';
import { BookingConfirmationMail } from './notifications/booking-confirmation-mail';
import { TicketChangeMail } from './notifications/ticket-change-mail';
import { GroupRequestMails } from './notifications/group-request-mails';
import { HolderNotifications } from './notifications/holder-notifications';
import { WaitlistOfferMail } from './notifications/waitlist-offer-mail';
import { ExpireBookings } from './policies/expire-bookings';
import { ExpireHolds } from './policies/expire-holds';
import { PolicyRunner } from './policies/policy-runner';
import { DeliverWebhooks } from './webhooks/deliver-webhooks';
import { HttpWebhookTransport, WEBHOOK_TRANSPORT } from './webhooks/webhook-transport';
import { APP_CONFIG, type AppConfig } from '@booking/platform';

/**
 * Builds read models and hosts the process managers: the declared policies (publish → open sales,
 * cancellation → close sales and cancel holds, bookings ↔ payments ↔ seats; see POLICIES), hold
 * and booking expiry, holder notifications, booking confirmation mails, waitlist offer mails, ticket change
 * mails, group request mails, outgoing webhooks to organizers (DeliverWebhooks).
 */
@Module({})
export class ProjectorModule {
  /** `projections` must run the runner in this process (ProjectionsModule.forRoot('run')). */
  static register(projections: DynamicModule): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [CommandPipelineModule, ProcessManagersModule, projections],
      controllers: [RebuildProjectionController],
      providers: [
        PolicyRunner,
        HolderNotifications,
        BookingConfirmationMail,
        WaitlistOfferMail,
        TicketChangeMail,
        GroupRequestMails,
        ExpireHolds,
        ExpireBookings,
        DeliverWebhooks,
        {
          provide: WEBHOOK_TRANSPORT,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) =>
            new HttpWebhookTransport({ refusePrivateAddresses: config.webhooks.production }),
        },
      ],
      exports: [ExpireHolds, ExpireBookings, DeliverWebhooks],
    };
  }
}
