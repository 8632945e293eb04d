import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, webhookDeliveryModel } from '@booking/command-pipeline';
import { ResendWebhookDeliveryCommand, type ResendWebhookDeliveryResult } from './resend-webhook-delivery.command';

/** One more attempt, due now: the projector's sender picks it up (same body, same event id). */
@CommandHandler(ResendWebhookDeliveryCommand)
export class ResendWebhookDeliveryHandler implements ICommandHandler<ResendWebhookDeliveryCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ data, context }: ResendWebhookDeliveryCommand): Promise<ResendWebhookDeliveryResult> {
    const outcome = await this.pipeline.execute(
      webhookDeliveryModel,
      data.deliveryId,
      { type: 'ResendWebhookDelivery', data },
      context,
    );
    return { deliveryId: data.deliveryId, status: 'pending', position: outcome.position };
  }
}
