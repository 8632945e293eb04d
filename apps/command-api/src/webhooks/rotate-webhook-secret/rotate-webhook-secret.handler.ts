import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, webhookEndpointsModel } from '@booking/command-pipeline';
import { WebhookSecrets } from '../shared/webhook-secrets';
import { RotateWebhookSecretCommand, type RotateWebhookSecretResult } from './rotate-webhook-secret.command';

/** A new secret replaces the old one at once (also for retries still pending). */
@CommandHandler(RotateWebhookSecretCommand)
export class RotateWebhookSecretHandler implements ICommandHandler<RotateWebhookSecretCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly secrets: WebhookSecrets,
  ) {}

  async execute({ data: { endpointId }, context }: RotateWebhookSecretCommand): Promise<RotateWebhookSecretResult> {
    const organizerId = context.actor.userId;
    const outcome = await this.pipeline.execute(
      webhookEndpointsModel,
      organizerId,
      { type: 'RotateWebhookSecret', data: { organizerId, endpointId, secret: this.secrets.mint() } },
      context,
    );
    const endpoint = outcome.state.endpoints[endpointId];
    if (!endpoint) throw new Error(`Webhook endpoint ${endpointId} vanished`);
    return { endpointId, secret: endpoint.secret, position: outcome.position };
  }
}
